package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A candidate, quota or pool setting that breaks a rule of the candidate pool (HTTP 422). */
public class PoolRuleException extends RuleViolationException {

  public PoolRuleException(String detail) {
    super("invalid-pool-input", "Invalid candidate pool input", detail);
  }
}
