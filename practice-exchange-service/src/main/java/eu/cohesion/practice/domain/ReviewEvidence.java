package eu.cohesion.practice.domain;

import java.util.List;
import java.util.UUID;

/**
 * The results of the panel's review round as the conclusion carried them: aggregates only (no
 * reviewer, no reason). Criteria and pillars stay text: they are initiative-service's vocabulary.
 */
public record ReviewEvidence(
    UUID roundId,
    int eligible,
    int submitted,
    List<CriterionResult> criteria,
    List<PillarResult> byPillar) {

  public ReviewEvidence {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    byPillar = byPillar == null ? List.of() : List.copyOf(byPillar);
  }

  /**
   * @param distribution how many reviews gave 1, 2, 3, 4 and 5
   */
  public record CriterionResult(String criterion, Double mean, List<Integer> distribution) {}

  public record CriterionMean(String criterion, Double mean) {}

  public record PillarResult(String pillar, int reviews, List<CriterionMean> means) {}
}
