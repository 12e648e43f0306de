package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** An indicator whose target does not lie on the better side of its baseline. */
public class IndicatorRuleException extends RuleViolationException {

  public IndicatorRuleException(String detail) {
    super("indicator-rule", "Indicator rule broken", detail);
  }
}
