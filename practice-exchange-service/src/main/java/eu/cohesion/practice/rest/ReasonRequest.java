package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeRules.REASON_MAX_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValidationReason", description = "Why the network admin returns or unpublishes")
public record ReasonRequest(
    @Schema(examples = "The results section needs the visitor figures of the pilot year.")
        @NotBlank
        @Size(max = REASON_MAX_LENGTH)
        String reason) {}
