package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.UUID;

/** Publishing is a one-way step; a second publication would announce the practice twice. */
public class AlreadyPublishedException extends RuleViolationException {

  public AlreadyPublishedException(UUID practiceId) {
    super(
        "already-published",
        "Already published",
        "practice " + practiceId + " is already published");
  }
}
