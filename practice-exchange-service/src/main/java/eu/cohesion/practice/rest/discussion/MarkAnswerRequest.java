package eu.cohesion.practice.rest.discussion;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MarkAnswerRequest", description = "The reply that answers the question")
public record MarkAnswerRequest(@NotNull @Schema(required = true) UUID replyId) {}
