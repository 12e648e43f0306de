package eu.cohesion.initiative.domain;

import java.util.List;
import java.util.UUID;

/**
 * A closed round's results as the events carry them (review-round.closed, initiative.concluded):
 * counts and aggregates, never who gave which score nor any reason.
 */
public record ReviewSummary(
    UUID roundId,
    int eligible,
    int submitted,
    List<ReviewResults.CriterionResult> criteria,
    List<ReviewResults.PillarResult> byPillar) {

  public static ReviewSummary of(ReviewRound round, ReviewResults results) {
    return new ReviewSummary(
        round.id(),
        round.eligible().size(),
        results.reviews(),
        results.criteria(),
        results.byPillar());
  }
}
