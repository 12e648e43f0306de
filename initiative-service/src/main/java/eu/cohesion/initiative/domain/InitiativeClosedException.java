package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A concluded or withdrawn initiative's content is history: it takes no more edits (HTTP 422). */
public class InitiativeClosedException extends RuleViolationException {

  public InitiativeClosedException(InitiativeStatus status) {
    super(
        "initiative-closed",
        "Initiative closed",
        "the initiative is " + status + ": its content can no longer be edited");
  }
}
