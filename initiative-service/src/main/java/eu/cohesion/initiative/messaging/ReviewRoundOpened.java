package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.review-round.opened} on initiative-events, as the notifier needs it.
 */
public record ReviewRoundOpened(
    @NotNull UUID roundId,
    @NotNull UUID initiativeId,
    @NotNull UUID panelId,
    @NotBlank String city,
    @NotNull List<@NotBlank String> eligibleReviewerIds,
    @NotNull Instant closesAt) {

  public static final String TYPE = "eu.cohesion.review-round.opened";
}
