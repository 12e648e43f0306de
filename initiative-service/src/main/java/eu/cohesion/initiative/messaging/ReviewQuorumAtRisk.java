package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.review-round.quorum-at-risk}: a round closes within 48 hours without
 * quorum.
 */
public record ReviewQuorumAtRisk(
    @NotNull UUID roundId,
    @NotNull UUID initiativeId,
    @NotBlank String city,
    @NotNull Instant closesAt) {

  public static final String TYPE = "eu.cohesion.review-round.quorum-at-risk";
}
