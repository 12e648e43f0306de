package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A session change its state or the panel's membership does not allow (422). */
public class SessionRuleException extends RuleViolationException {

  public SessionRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }
}
