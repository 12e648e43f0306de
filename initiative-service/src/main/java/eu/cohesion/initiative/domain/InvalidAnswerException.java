package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** An answer that does not fit the survey's questions (422): unknown question, wrong kind, ... */
public class InvalidAnswerException extends RuleViolationException {

  public InvalidAnswerException(String detail) {
    super("invalid-answer", "Answer not acceptable", detail);
  }
}
