package eu.cohesion.practice.rest.discussion;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPostRequest", description = "Why the post should not be there (optional)")
public record ReportPostRequest(
    @Size(max = 500) @Schema(nullable = true, maxLength = 500) String reason) {}
