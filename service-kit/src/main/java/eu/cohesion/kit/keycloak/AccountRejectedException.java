package eu.cohesion.kit.keycloak;

import eu.cohesion.kit.problem.ProblemException;

/** Keycloak refused the new user's data, e.g. its user profile does not accept a value. */
public class AccountRejectedException extends ProblemException {

  public AccountRejectedException(String reason) {
    super(422, "account-rejected", "Account rejected", "Keycloak refused the account: " + reason);
  }
}
