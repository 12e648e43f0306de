package eu.cohesion.initiative.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A survey definition the rules refuse (422): too few questions, a missing translation, ... */
public class InvalidSurveyException extends RuleViolationException {

  public InvalidSurveyException(String detail) {
    super("invalid-survey", "Survey not acceptable", detail);
  }
}
