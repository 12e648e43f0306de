package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A CLOSED panel is history: it takes no new members and no edits. */
public class PanelClosedException extends RuleViolationException {

  public PanelClosedException(String doing) {
    super("panel-closed", "Panel closed", "the panel is CLOSED: you may no longer " + doing);
  }
}
