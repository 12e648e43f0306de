package eu.cohesion.kit.keycloak;

import eu.cohesion.kit.problem.ProblemException;

/** Keycloak already has a user with the invited e-mail address or username. */
public class AccountExistsException extends ProblemException {

  public AccountExistsException(String email) {
    super(
        409,
        "account-exists",
        "Account exists",
        "an account with the e-mail address " + email + " exists already: link it instead");
  }
}
