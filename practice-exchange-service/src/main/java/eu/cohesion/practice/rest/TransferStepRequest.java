package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TransferStepRequest",
    description =
        "One step of a transfer: ADAPTING with initiativeId (the adopting town's initiative),"
            + " TRANSFERRED with text (what was changed), ABANDONED with text (why). A step takes"
            + " nothing else.")
public record TransferStepRequest(
    @Schema(description = "The state to move to; see allowedTransitions of the transfer") @NotNull
        TransferStatus to,
    @Schema(nullable = true, description = "Only with to = ADAPTING") UUID initiativeId,
    @Schema(nullable = true, description = "With to = TRANSFERRED or ABANDONED")
        @Size(max = Transfer.TEXT_MAX_LENGTH)
        String text) {}
