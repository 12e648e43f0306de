package eu.cohesion.panel.domain.balance;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;

/**
 * The smallest change of one kind that alone closes a gap, e.g. "add 2 civil-society members".
 *
 * @param pillar the pillar the change names, for the pillar kinds; else {@code null}
 * @param group the group the change names, for the group kinds; else {@code null}
 * @param count how many seats; at least 1
 */
public record BalanceChange(ChangeKind kind, Pillar pillar, PopulationGroup group, int count) {

  static BalanceChange ofPillar(ChangeKind kind, Pillar pillar, int count) {
    return new BalanceChange(kind, pillar, null, count);
  }

  static BalanceChange ofGroup(ChangeKind kind, PopulationGroup group, int count) {
    return new BalanceChange(kind, null, group, count);
  }
}
