package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads indicators: whoever may see the initiative sees its indicators. */
@ApplicationScoped
public class IndicatorDirectory {

  private final InitiativeRepository initiatives;
  private final IndicatorRepository indicators;

  IndicatorDirectory(InitiativeRepository initiatives, IndicatorRepository indicators) {
    this.initiatives = initiatives;
    this.indicators = indicators;
  }

  /** One page of the initiative's indicators, read in the initiative's town. */
  public ResultPage<Indicator> list(Actor actor, UUID initiativeId, PageRequest paging) {
    Initiative initiative =
        initiatives
            .findByIdOptional(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
    InitiativePermissions.TABLE.require(
        VIEW_INITIATIVES,
        actor,
        initiative.cityCode(),
        "you may not see initiatives of town " + initiative.cityCode());
    return Filter.of(paging)
        .and("initiativeId = :initiativeId", "initiativeId", initiativeId)
        .page(indicators, paging)
        .in(initiative.cityCode());
  }

  /** Another town's indicator is refused (403) rather than hidden: its id reveals nothing. */
  public Indicator get(Actor actor, UUID id) {
    Indicator indicator =
        indicators
            .findWithMeasurements(id)
            .orElseThrow(() -> new ResourceNotFoundException("indicator", id));
    InitiativePermissions.TABLE.require(
        VIEW_INITIATIVES,
        actor,
        indicator.cityCode(),
        "you may not see indicators of town " + indicator.cityCode());
    return indicator;
  }
}
