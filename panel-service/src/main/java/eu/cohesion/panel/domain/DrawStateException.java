package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A step the draw's status does not allow, e.g. confirming a draw that is still running (422). */
public class DrawStateException extends RuleViolationException {

  public DrawStateException(String detail) {
    super("draw-state", "Not possible in the draw's status", detail);
  }
}
