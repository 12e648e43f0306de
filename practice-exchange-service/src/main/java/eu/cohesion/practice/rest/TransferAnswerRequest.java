package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.Transfer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferAnswerRequest", description = "The practice's town's answer")
public record TransferAnswerRequest(
    @Schema(description = "Replaces an earlier answer")
        @NotBlank
        @Size(max = Transfer.TEXT_MAX_LENGTH)
        String text) {}
