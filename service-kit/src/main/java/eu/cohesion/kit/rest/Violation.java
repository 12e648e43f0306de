package eu.cohesion.kit.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong with one field of a request. */
@Schema(description = "What is wrong with one field of the request")
public record Violation(
    @Schema(
            description = "JSON property or query parameter, dotted for nested properties",
            examples = "name")
        String field,
    @Schema(examples = "size must be between 1 and 200") String message) {}
