package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVE_STATISTICS;

import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.PublicInitiatives;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public portal's initiative figures: how many initiatives each town has in each status and
 * theme, and the network's sums. Two grouped queries, whatever the number of initiatives; drafts
 * are left out (see {@link PublicInitiatives}).
 */
@ApplicationScoped
public class InitiativeStatistics {

  private final EntityManager entityManager;

  InitiativeStatistics(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * One town's or the network's counts.
   *
   * @param byStatus every counted status, 0 included
   * @param byTheme every theme, 0 included; an initiative counts once in each of its themes
   */
  public record Counts(
      long total, long active, Map<InitiativeStatus, Long> byStatus, Map<Theme, Long> byTheme) {}

  /** The network's counts and each town's that has a counted initiative, by town code. */
  public record Figures(Counts network, Map<String, Counts> byTown) {}

  public Figures figures(Actor actor) {
    if (!InitiativePermissions.TABLE.allowsEverywhere(VIEW_INITIATIVE_STATISTICS, actor)) {
      throw new ActionNotPermittedException("you may not see the initiative statistics");
    }
    Map<String, Map<InitiativeStatus, Long>> statuses = new TreeMap<>();
    for (Object[] row :
        rows(
            "select city_code, status, count(*) from initiative where status <> 'DRAFT'"
                + " group by city_code, status")) {
      statuses
          .computeIfAbsent((String) row[0], town -> new EnumMap<>(InitiativeStatus.class))
          .put(InitiativeStatus.valueOf((String) row[1]), ((Number) row[2]).longValue());
    }
    Map<String, Map<Theme, Long>> themes = new TreeMap<>();
    for (Object[] row :
        rows(
            "select i.city_code, t.theme, count(*) from initiative i"
                + " join initiative_theme t on t.initiative_id = i.id"
                + " where i.status <> 'DRAFT' group by i.city_code, t.theme")) {
      themes
          .computeIfAbsent((String) row[0], town -> new EnumMap<>(Theme.class))
          .put(Theme.valueOf((String) row[1]), ((Number) row[2]).longValue());
    }
    Map<String, Counts> byTown = new TreeMap<>();
    List<Map<InitiativeStatus, Long>> allStatuses = new ArrayList<>();
    List<Map<Theme, Long>> allThemes = new ArrayList<>();
    statuses.forEach(
        (town, counts) -> {
          Map<Theme, Long> townThemes = themes.getOrDefault(town, Map.of());
          byTown.put(town, counts(counts, townThemes));
          allStatuses.add(counts);
          allThemes.add(townThemes);
        });
    return new Figures(counts(sum(allStatuses), sum(allThemes)), byTown);
  }

  private static Counts counts(Map<InitiativeStatus, Long> statuses, Map<Theme, Long> themes) {
    Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
    long total = 0;
    long active = 0;
    for (InitiativeStatus status : PublicInitiatives.COUNTED) {
      long n = statuses.getOrDefault(status, 0L);
      byStatus.put(status, n);
      total += n;
      active += PublicInitiatives.active(status) ? n : 0;
    }
    Map<Theme, Long> byTheme = new EnumMap<>(Theme.class);
    for (Theme theme : Theme.values()) {
      byTheme.put(theme, themes.getOrDefault(theme, 0L));
    }
    return new Counts(total, active, byStatus, byTheme);
  }

  private static <K> Map<K, Long> sum(List<Map<K, Long>> maps) {
    Map<K, Long> sum = new HashMap<>();
    maps.forEach(m -> m.forEach((k, n) -> sum.merge(k, n, Long::sum)));
    return sum;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return entityManager.createNativeQuery(sql).getResultList();
  }
}
