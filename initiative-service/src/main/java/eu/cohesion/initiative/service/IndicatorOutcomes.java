package eu.cohesion.initiative.service;

import eu.cohesion.initiative.events.IndicatorOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Where each indicator of an initiative stands when it is concluded: the evidence the conclusion
 * event carries to practice-exchange-service.
 */
@ApplicationScoped
public class IndicatorOutcomes {

  private final IndicatorRepository indicators;

  IndicatorOutcomes(IndicatorRepository indicators) {
    this.indicators = indicators;
  }

  /** Oldest indicator first; empty when the initiative measured nothing. */
  public List<IndicatorOutcome> of(UUID initiativeId) {
    return indicators.ofInitiative(initiativeId).stream().map(IndicatorOutcome::of).toList();
  }
}
