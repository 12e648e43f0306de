package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.ProblemException;

/**
 * Only a DRAFT may be deleted: once proposed, an initiative is part of the panel's record and can
 * only be withdrawn (HTTP 409, the resource's state conflicts with the request).
 */
public class NotDeletableException extends ProblemException {

  public NotDeletableException(InitiativeStatus status) {
    super(
        409,
        "initiative-not-deletable",
        "Initiative not deletable",
        "only a DRAFT can be deleted; this initiative is " + status + ", withdraw it instead");
  }
}
