package eu.cohesion.panel.domain.balance;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import java.util.EnumSet;
import java.util.Set;

/**
 * One active seat of a panel as the balance sees it: the pillar of the member's stakeholder
 * category and the population groups they speak for, empty unless they consented.
 */
public record Seat(Pillar pillar, Set<PopulationGroup> groups) {

  public Seat {
    if (pillar == null) {
      throw new IllegalArgumentException("a seat has a pillar");
    }
    groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
  }

  public static Seat of(Pillar pillar, PopulationGroup... groups) {
    return new Seat(pillar, groups.length == 0 ? Set.of() : EnumSet.of(groups[0], groups));
  }
}
