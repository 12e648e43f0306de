package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.UUID;

/** A submitted practice waits for the network admin: its text holds still until it is decided. */
public class UnderValidationException extends RuleViolationException {

  public UnderValidationException(UUID practiceId) {
    super(
        "under-validation",
        "Under validation",
        "practice "
            + practiceId
            + " is SUBMITTED and waits for the network admin; it can be edited once returned or"
            + " published");
  }
}
