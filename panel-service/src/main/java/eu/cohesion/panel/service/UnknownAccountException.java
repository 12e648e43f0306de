package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.RuleViolationException;

/** The account to link does not exist in Keycloak realm cohesion. */
public class UnknownAccountException extends RuleViolationException {

  public UnknownAccountException(String userId) {
    super(
        "unknown-account",
        "Unknown account",
        "realm cohesion has no user " + userId + ": search the town's accounts again");
  }
}
