package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.ProblemException;
import java.util.UUID;

/** The account already signs in as another member still in the panel. */
public class AccountLinkedElsewhereException extends ProblemException {

  private final UUID memberId;

  public AccountLinkedElsewhereException(UUID memberId) {
    super(
        409,
        "account-linked-elsewhere",
        "Account linked to another member",
        "the account is linked to member " + memberId + " of this panel: unlink it there first");
    this.memberId = memberId;
  }

  public UUID memberId() {
    return memberId;
  }
}
