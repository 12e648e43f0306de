package eu.cohesion.kit.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: the body of every error response of a Cohesion service. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record ProblemDetail(
    @Schema(
            description = "Identifies the kind of problem",
            examples = "urn:cohesion:problem:validation")
        String type,
    @Schema(description = "Short summary of the kind of problem", examples = "Invalid request")
        String title,
    @Schema(examples = "400") int status,
    @Schema(description = "What went wrong in this occurrence") String detail,
    @Schema(description = "Path of the request that failed", examples = "/panels") String instance,
    @Schema(description = "Per-field problems; empty unless the request was invalid")
        List<Violation> violations) {}
