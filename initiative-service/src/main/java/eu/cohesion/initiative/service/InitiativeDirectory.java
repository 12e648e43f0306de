package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads initiatives, each caller only those of the towns it may see. */
@ApplicationScoped
public class InitiativeDirectory {

  private final InitiativeRepository initiatives;
  private final InitiativeFacetCounts facetCounts;

  InitiativeDirectory(InitiativeRepository initiatives, InitiativeFacetCounts facetCounts) {
    this.initiatives = initiatives;
    this.facetCounts = facetCounts;
  }

  /** Members and coordinators who name no town get their own. */
  public ResultPage<Initiative> list(Actor actor, InitiativeQuery query) {
    InitiativeFilters filters = query.filters();
    String city =
        InitiativePermissions.TABLE.townToList(
            VIEW_INITIATIVES, actor, filters.city(), "list initiatives");
    return Filter.of(query.paging())
        .and("cityCode = :city", "city", city)
        .and("panelId in :panelIds", "panelIds", given(filters.panelIds()))
        .and("status in :statuses", "statuses", given(filters.statuses()))
        .and(
            "id in (select j.id from Initiative j join j.themes t where t in :themes)",
            "themes",
            given(filters.themes()))
        .and(
            "id in (select j.id from Initiative j join j.targetGroups g where g in :groups)",
            "groups",
            given(filters.targetGroups()))
        .and(
            "id in (select j.id from Initiative j join j.sdgTargets s where s in :sdgs)",
            "sdgs",
            given(filters.sdgTargets()))
        .page(initiatives, query.paging())
        .in(city);
  }

  /**
   * The facet counts of the list the filters give, each facet counted under every filter but its
   * own, so that a client shows what choosing another value would give (see {@link
   * InitiativeFacetCounts}).
   */
  public InitiativeFacets facets(Actor actor, InitiativeFilters filters) {
    String city =
        InitiativePermissions.TABLE.townToList(
            VIEW_INITIATIVES, actor, filters.city(), "list initiatives");
    String visible =
        InitiativePermissions.TABLE.allowsEverywhere(VIEW_INITIATIVES, actor) ? null : city;
    return facetCounts.count(filters.in(city), visible);
  }

  /** An empty filter list filters nothing: no condition rather than {@code in ()}. */
  private static Object given(List<?> values) {
    return values.isEmpty() ? null : values;
  }

  /** Another town's initiative is refused (403) rather than hidden: its id reveals nothing. */
  public Initiative get(Actor actor, UUID id) {
    Initiative initiative =
        initiatives
            .findWithHistory(id)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", id));
    InitiativePermissions.TABLE.require(
        VIEW_INITIATIVES,
        actor,
        initiative.cityCode(),
        "you may not see initiatives of town " + initiative.cityCode());
    return initiative;
  }
}
