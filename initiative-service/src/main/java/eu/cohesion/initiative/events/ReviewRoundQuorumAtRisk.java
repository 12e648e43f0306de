package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Pillar;
import eu.cohesion.initiative.domain.ReviewQuorum;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.review-round.quorum-at-risk}: an open round closes within 48 hours and
 * its quorum does not hold yet. Announced once per round.
 */
public record ReviewRoundQuorumAtRisk(
    UUID roundId,
    UUID initiativeId,
    String city,
    Instant closesAt,
    int eligible,
    int submitted,
    int required,
    List<Pillar> missingPillars)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.review-round.quorum-at-risk";

  public static ReviewRoundQuorumAtRisk of(ReviewRound round, ReviewQuorum.Progress progress) {
    return new ReviewRoundQuorumAtRisk(
        round.id(),
        round.initiativeId(),
        round.cityCode(),
        round.closesAt(),
        progress.eligible(),
        progress.submitted(),
        progress.required(),
        progress.missingPillars());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return initiativeId;
  }
}
