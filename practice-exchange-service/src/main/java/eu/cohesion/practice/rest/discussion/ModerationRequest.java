package eu.cohesion.practice.rest.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ModerationRequest", description = "Why the post is hidden or restored (audited)")
public record ModerationRequest(
    @NotBlank @Size(min = 2, max = 500) @Schema(required = true, maxLength = 500) String reason) {}
