package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.Transfer;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "RegisterTransferRequest",
    description = "The caller's town's interest in a published practice of another town")
public record RegisterTransferRequest(
    @Schema(nullable = true, description = "Why the town is interested; shown to everyone")
        @Size(max = Transfer.TEXT_MAX_LENGTH)
        String note) {}
