package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.UUID;

/** A town speaks through one panel at a time: a second one may not become ACTIVE. */
public class ActivePanelExistsException extends RuleViolationException {

  public ActivePanelExistsException(String city, UUID activeId, String activeName) {
    super(
        "active-panel-exists",
        "Town already has an active panel",
        "town "
            + city
            + " already has an ACTIVE panel, \""
            + activeName
            + "\" ("
            + activeId
            + "); close it before activating another");
  }

  /** When a concurrent activation won the race and the winner is not known to this request. */
  public ActivePanelExistsException(String city) {
    super(
        "active-panel-exists",
        "Town already has an active panel",
        "town " + city + " already has an ACTIVE panel; close it before activating another");
  }
}
