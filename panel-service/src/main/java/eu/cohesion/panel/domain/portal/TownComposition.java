package eu.cohesion.panel.domain.portal;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import java.util.EnumMap;
import java.util.Map;

/**
 * A town's ACTIVE panel as the public sees it in the network figures: active seats and seats per
 * pillar, each a {@link PublicCount}, and the balance's outcome (score, whether balanced, how many
 * gaps). Population groups are left out entirely: they are the members' sensitive data, and the
 * balance's public page already says which groups lack a voice.
 */
public record TownComposition(
    PublicCount seats, Map<Pillar, PublicCount> pillars, int score, BalanceState state, int gaps) {

  public TownComposition {
    pillars = Map.copyOf(pillars);
  }

  /** Whether a panel meets every balance criterion in force. */
  public enum BalanceState {
    /** No gap: score 100. */
    BALANCED,
    /** At least one named gap. */
    GAPS
  }

  public static TownComposition of(BalanceAssessment assessment) {
    Map<Pillar, PublicCount> pillars = new EnumMap<>(Pillar.class);
    for (Pillar pillar : Pillar.values()) {
      pillars.put(pillar, PublicCount.of(assessment.pillarCounts().getOrDefault(pillar, 0)));
    }
    return new TownComposition(
        PublicCount.of(assessment.seats()),
        pillars,
        assessment.score(),
        assessment.gaps().isEmpty() ? BalanceState.BALANCED : BalanceState.GAPS,
        assessment.gaps().size());
  }
}
