package eu.cohesion.practice.domain;

import java.util.List;

/**
 * What the initiative's conclusion brought as evidence: the panel's review results ({@code null}
 * when the panel held no review round) and the indicator outcomes (empty without indicators).
 */
public record PracticeEvidence(
    ReviewEvidence reviewResults, List<IndicatorEvidence> indicatorOutcomes) {

  public static final PracticeEvidence NONE = new PracticeEvidence(null, List.of());

  public PracticeEvidence {
    indicatorOutcomes = indicatorOutcomes == null ? List.of() : List.copyOf(indicatorOutcomes);
  }
}
