package eu.cohesion.panel.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many members a panel has, in total and per pillar: an aggregate that names nobody, so the
 * public may see it.
 */
public record PanelComposition(long members, Map<Pillar, Long> byPillar) {

  public static final PanelComposition EMPTY = of(Map.of());

  public PanelComposition {
    EnumMap<Pillar, Long> all = new EnumMap<>(Pillar.class);
    for (Pillar pillar : Pillar.values()) {
      all.put(pillar, byPillar.getOrDefault(pillar, 0L));
    }
    byPillar = Collections.unmodifiableMap(all);
  }

  /** From member counts per stakeholder category; missing categories count 0. */
  public static PanelComposition of(Map<StakeholderCategory, Long> byCategory) {
    EnumMap<Pillar, Long> byPillar = new EnumMap<>(Pillar.class);
    long members = 0;
    for (Map.Entry<StakeholderCategory, Long> entry : byCategory.entrySet()) {
      byPillar.merge(entry.getKey().pillar(), entry.getValue(), Long::sum);
      members += entry.getValue();
    }
    return new PanelComposition(members, byPillar);
  }

  public long count(Pillar pillar) {
    return byPillar.get(pillar);
  }
}
