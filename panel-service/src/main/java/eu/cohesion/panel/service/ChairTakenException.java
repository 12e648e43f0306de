package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.UUID;

/** A panel has one chair at a time; handing over is two steps the coordinator takes knowingly. */
public class ChairTakenException extends RuleViolationException {

  public ChairTakenException(UUID chairId) {
    super(
        "chair-taken",
        "Panel already has a chair",
        "member "
            + chairId
            + " chairs the panel; give them another role first, then make the new chair");
  }
}
