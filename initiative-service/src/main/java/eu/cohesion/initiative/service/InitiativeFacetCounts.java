package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.kit.vocabulary.SdgTargets;
import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts the initiative list's facets in SQL, one grouped query per facet. Each facet is counted
 * under every filter except its own (the usual faceted search: choosing a second theme widens the
 * list, so the other themes show what they would add). The town facet ignores the chosen town, but
 * never shows towns the caller may not list.
 */
@ApplicationScoped
public class InitiativeFacetCounts {

  private enum Facet {
    CITY,
    PANEL,
    STATUS,
    THEME,
    TARGET_GROUP,
    SDG
  }

  private record Condition(String sql, String name, Object value) {}

  private final EntityManager entityManager;

  InitiativeFacetCounts(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * @param filters the filters, with the town already the one the caller lists
   * @param visibleCity the only town the caller may see, {@code null} when it may see every town
   */
  InitiativeFacets count(InitiativeFilters filters, String visibleCity) {
    Map<Facet, Condition> conditions = conditions(filters);
    return new InitiativeFacets(
        total(conditions),
        allOf(
            Arrays.stream(InitiativeStatus.values()).map(Enum::name).toList(),
            counts(conditions, Facet.STATUS, "i.status", "")),
        allOf(
            Arrays.stream(Theme.values()).map(Enum::name).toList(),
            counts(
                conditions,
                Facet.THEME,
                "x.theme",
                "join initiative_theme x on x.initiative_id = i.id")),
        allOf(
            Arrays.stream(TargetGroup.values()).map(Enum::name).toList(),
            counts(
                conditions,
                Facet.TARGET_GROUP,
                "x.target_group",
                "join initiative_target_group x on x.initiative_id = i.id")),
        allOf(
            SdgTargets.ALL,
            counts(
                conditions,
                Facet.SDG,
                "x.target",
                "join initiative_sdg_target x on x.initiative_id = i.id")),
        panels(conditions),
        cities(conditions, visibleCity));
  }

  private static Map<Facet, Condition> conditions(InitiativeFilters filters) {
    Map<Facet, Condition> conditions = new EnumMap<>(Facet.class);
    if (filters.city() != null) {
      conditions.put(Facet.CITY, new Condition("i.city_code = :city", "city", filters.city()));
    }
    if (!filters.panelIds().isEmpty()) {
      conditions.put(
          Facet.PANEL, new Condition("i.panel_id in (:panels)", "panels", filters.panelIds()));
    }
    if (!filters.statuses().isEmpty()) {
      conditions.put(
          Facet.STATUS,
          new Condition("i.status in (:statuses)", "statuses", names(filters.statuses())));
    }
    if (!filters.themes().isEmpty()) {
      conditions.put(
          Facet.THEME,
          new Condition(
              "exists (select 1 from initiative_theme t where t.initiative_id = i.id"
                  + " and t.theme in (:themes))",
              "themes",
              names(filters.themes())));
    }
    if (!filters.targetGroups().isEmpty()) {
      conditions.put(
          Facet.TARGET_GROUP,
          new Condition(
              "exists (select 1 from initiative_target_group g where g.initiative_id = i.id"
                  + " and g.target_group in (:groups))",
              "groups",
              names(filters.targetGroups())));
    }
    if (!filters.sdgTargets().isEmpty()) {
      conditions.put(
          Facet.SDG,
          new Condition(
              "exists (select 1 from initiative_sdg_target s where s.initiative_id = i.id"
                  + " and s.target in (:sdgs))",
              "sdgs",
              filters.sdgTargets()));
    }
    return conditions;
  }

  private static List<String> names(List<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private long total(Map<Facet, Condition> conditions) {
    return ((Number)
            query("select count(*) from initiative i", conditions.values()).getSingleResult())
        .longValue();
  }

  private Map<String, Long> counts(
      Map<Facet, Condition> conditions, Facet facet, String column, String join) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        rows(
            "select " + column + ", count(*) from initiative i " + join,
            without(conditions, facet),
            " group by " + column)) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private List<InitiativeFacets.Count> panels(Map<Facet, Condition> conditions) {
    return rows(
            "select cast(i.panel_id as text), p.name, count(*) from initiative i"
                + " join known_panel p on p.id = i.panel_id",
            without(conditions, Facet.PANEL),
            " group by i.panel_id, p.name order by p.name, i.panel_id")
        .stream()
        .map(r -> new InitiativeFacets.Count((String) r[0], (String) r[1], count(r[2])))
        .toList();
  }

  private List<InitiativeFacets.Count> cities(
      Map<Facet, Condition> conditions, String visibleCity) {
    List<Condition> others = new ArrayList<>(without(conditions, Facet.CITY));
    if (visibleCity != null) {
      others.add(new Condition("i.city_code = :visible", "visible", visibleCity));
    }
    return rows(
            "select i.city_code, count(*) from initiative i",
            others,
            " group by i.city_code order by i.city_code")
        .stream()
        .map(r -> new InitiativeFacets.Count((String) r[0], null, count(r[1])))
        .toList();
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }

  /** Every value of a closed list, in its order, with 0 where nothing matched. */
  private static List<InitiativeFacets.Count> allOf(List<String> values, Map<String, Long> counts) {
    Function<String, InitiativeFacets.Count> count =
        value -> new InitiativeFacets.Count(value, null, counts.getOrDefault(value, 0L));
    return values.stream().map(count).toList();
  }

  private static List<Condition> without(Map<Facet, Condition> conditions, Facet facet) {
    Map<Facet, Condition> others = new EnumMap<>(conditions);
    others.remove(facet);
    return List.copyOf(others.values());
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String select, List<Condition> conditions, String tail) {
    return query(select, conditions, tail).getResultList();
  }

  private Query query(String select, Collection<Condition> conditions) {
    return query(select, conditions, "");
  }

  private Query query(String select, Collection<Condition> conditions, String tail) {
    StringBuilder sql = new StringBuilder(select);
    String glue = " where ";
    for (Condition condition : conditions) {
      sql.append(glue).append(condition.sql());
      glue = " and ";
    }
    Query query = entityManager.createNativeQuery(sql.append(tail).toString());
    conditions.forEach(condition -> query.setParameter(condition.name(), condition.value()));
    return query;
  }
}
