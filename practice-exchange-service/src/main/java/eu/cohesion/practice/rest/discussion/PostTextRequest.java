package eu.cohesion.practice.rest.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostTextRequest", description = "A comment or reply: plain text, no HTML")
public record PostTextRequest(
    @NotBlank @Size(min = 2, max = 4000) @Schema(required = true, maxLength = 4000) String body) {}
