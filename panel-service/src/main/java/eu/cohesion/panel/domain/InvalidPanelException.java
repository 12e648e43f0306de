package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A panel's mandate or term that breaks a rule the request's shape alone cannot show. */
public class InvalidPanelException extends RuleViolationException {

  public InvalidPanelException(String detail) {
    super("invalid-panel", "Invalid panel", detail);
  }
}
