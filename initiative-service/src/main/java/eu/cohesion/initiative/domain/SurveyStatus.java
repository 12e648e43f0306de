package eu.cohesion.initiative.domain;

/** A survey is composed as DRAFT, answered while OPEN and CLOSED for good. */
public enum SurveyStatus {
  DRAFT,
  OPEN,
  CLOSED
}
