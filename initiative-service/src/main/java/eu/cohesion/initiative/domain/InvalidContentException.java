package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** Initiative content that breaks a rule the request's shape alone cannot show (HTTP 422). */
public class InvalidContentException extends RuleViolationException {

  public InvalidContentException(String detail) {
    super("invalid-initiative-content", "Invalid initiative content", detail);
  }
}
