package eu.cohesion.practice.rest.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AskQuestionRequest", description = "A question: plain text, no HTML")
public record AskQuestionRequest(
    @NotBlank @Size(min = 2, max = 200) @Schema(required = true, maxLength = 200) String title,
    @NotBlank @Size(min = 2, max = 4000) @Schema(required = true, maxLength = 4000) String body) {}
