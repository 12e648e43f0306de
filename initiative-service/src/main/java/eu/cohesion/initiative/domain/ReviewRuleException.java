package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A review-round rule refuses the request (422), e.g. reviewing in a closed round. */
public class ReviewRuleException extends RuleViolationException {

  public ReviewRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }
}
