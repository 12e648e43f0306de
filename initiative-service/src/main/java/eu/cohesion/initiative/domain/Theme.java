package eu.cohesion.initiative.domain;

/**
 * The network's fixed theme taxonomy, shared by initiatives, practices and findings (see
 * docs/initiatives.md). An initiative has any number of them.
 */
public enum Theme {
  LANGUAGE_AND_EDUCATION,
  EMPLOYMENT,
  HOUSING,
  HEALTH,
  CULTURE_AND_SPORT,
  CIVIC_PARTICIPATION,
  ANTI_DISCRIMINATION,
  PUBLIC_SPACE,
  DIGITAL_INCLUSION
}
