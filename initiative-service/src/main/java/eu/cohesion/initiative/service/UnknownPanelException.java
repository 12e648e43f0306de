package eu.cohesion.initiative.service;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.UUID;

/**
 * The panel is not in the local read model: it does not exist, or its created event has not arrived
 * yet (panel-events are consumed asynchronously), so a retry may succeed.
 */
public class UnknownPanelException extends RuleViolationException {

  public UnknownPanelException(UUID panelId) {
    super(
        "unknown-panel",
        "Unknown panel",
        "panel " + panelId + " is not known to the initiative service (yet)");
  }
}
