package eu.cohesion.panel.domain.balance;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.util.List;

/**
 * One named gap with the figures that word it ("public authority holds 48 % of seats, above the 40
 * % cap") and the smallest changes that would each close it.
 *
 * @param pillar for the pillar kinds, else {@code null}
 * @param group for the group kinds, else {@code null}
 * @param count the seats of the pillar or group (all seats for {@link GapKind#PANEL_TOO_SMALL})
 * @param seats all active seats of the panel
 * @param sharePercent {@code count / seats} in percent, one decimal; {@code null} without seats or
 *     for {@link GapKind#PANEL_TOO_SMALL}
 * @param limit the bound the panel misses: a percentage for shares, a number of seats for the size
 * @param changes each alone closes the gap, each the smallest of its kind; never empty
 */
public record BalanceGap(
    GapKind kind,
    Pillar pillar,
    PopulationGroup group,
    int count,
    int seats,
    BigDecimal sharePercent,
    BigDecimal limit,
    List<BalanceChange> changes) {

  public BalanceGap {
    changes = List.copyOf(changes);
  }
}
