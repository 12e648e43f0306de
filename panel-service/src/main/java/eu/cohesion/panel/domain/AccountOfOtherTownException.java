package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A member signs in with an account of the panel's own town only. */
public class AccountOfOtherTownException extends RuleViolationException {

  public AccountOfOtherTownException(String town) {
    super(
        "account-of-other-town",
        "Account of another town",
        "the account does not belong to " + town + ": pick an account of the panel's town");
  }
}
