package eu.cohesion.initiative.rest;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenReviewRound", description = "A review round to open on an initiative")
public record OpenReviewRoundRequest(
    @Schema(description = "The initiative, UNDER_REVIEW") @NotNull UUID initiativeId,
    @Schema(description = "When the round is planned to close, ISO-8601 UTC, in the future")
        @NotNull
        @Future
        Instant closesAt) {}
