package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.ReviewResults;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.domain.ReviewSummary;
import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code eu.cohesion.review-round.closed}: the round's results as aggregates. */
public record ReviewRoundClosed(
    UUID roundId, UUID initiativeId, String city, Instant closedAt, ReviewSummary results)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.review-round.closed";

  public static ReviewRoundClosed of(ReviewRound round, ReviewResults results) {
    return new ReviewRoundClosed(
        round.id(),
        round.initiativeId(),
        round.cityCode(),
        round.closedAt(),
        ReviewSummary.of(round, results));
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
