package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads initiatives, each caller only those of the towns it may see. */
@ApplicationScoped
public class InitiativeDirectory {

  private final InitiativeRepository initiatives;

  InitiativeDirectory(InitiativeRepository initiatives) {
    this.initiatives = initiatives;
  }

  public ResultPage<Initiative> list(Actor actor, InitiativeQuery query) {
    boolean everywhere = InitiativePermissions.TABLE.allowsEverywhere(VIEW_INITIATIVES, actor);
    // Members and coordinators who name no town get their own.
    String city = query.city() != null || everywhere ? query.city() : actor.city();
    boolean allowed =
        city == null
            ? everywhere
            : InitiativePermissions.TABLE.allows(VIEW_INITIATIVES, actor, city);
    if (!allowed) {
      throw new ActionNotPermittedException(
          city == null
              ? "you may not list initiatives: your token names no town"
              : "you may not list initiatives of town " + city);
    }
    List<String> conditions = new ArrayList<>();
    Parameters parameters = new Parameters();
    if (city != null) {
      conditions.add("cityCode = :city");
      parameters.and("city", city);
    }
    if (query.panelId() != null) {
      conditions.add("panelId = :panelId");
      parameters.and("panelId", query.panelId());
    }
    if (query.status() != null) {
      conditions.add("status = :status");
      parameters.and("status", query.status());
    }
    Sort.Direction direction =
        query.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
    // The id breaks ties, so that equal titles or instants never shuffle between pages.
    Sort sort = Sort.by(query.sort().property(), direction).and("id");
    PanacheQuery<Initiative> found =
        conditions.isEmpty()
            ? initiatives.findAll(sort)
            : initiatives.find(String.join(" and ", conditions), sort, parameters);
    found.page(Page.of(query.page(), query.size()));
    return ResultPage.of(found.list(), query.page(), query.size(), found.count());
  }

  /** Another town's initiative is refused (403) rather than hidden: its id reveals nothing. */
  public Initiative get(Actor actor, UUID id) {
    Initiative initiative =
        initiatives
            .findWithHistory(id)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", id));
    if (!InitiativePermissions.TABLE.allows(VIEW_INITIATIVES, actor, initiative.cityCode())) {
      throw new ActionNotPermittedException(
          "you may not see initiatives of town " + initiative.cityCode());
    }
    return initiative;
  }
}
