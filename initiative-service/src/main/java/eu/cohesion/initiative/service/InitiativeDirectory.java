package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads initiatives, each caller only those of the towns it may see. */
@ApplicationScoped
public class InitiativeDirectory {

  private final InitiativeRepository initiatives;

  InitiativeDirectory(InitiativeRepository initiatives) {
    this.initiatives = initiatives;
  }

  /** Members and coordinators who name no town get their own. */
  public ResultPage<Initiative> list(Actor actor, InitiativeQuery query) {
    String city =
        InitiativePermissions.TABLE.townToList(
            VIEW_INITIATIVES, actor, query.city(), "list initiatives");
    return Filter.of(query.paging())
        .and("cityCode = :city", "city", city)
        .and("panelId = :panelId", "panelId", query.panelId())
        .and("status = :status", "status", query.status())
        .page(initiatives, query.paging())
        .in(city);
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
