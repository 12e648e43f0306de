package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A panel starts meeting only once its town has said what it is for and for how long. */
public class PanelIncompleteException extends RuleViolationException {

  public PanelIncompleteException(String missing) {
    super("panel-incomplete", "Panel not ready", "a panel becomes ACTIVE only with " + missing);
  }
}
