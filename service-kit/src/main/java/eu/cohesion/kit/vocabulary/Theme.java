package eu.cohesion.kit.vocabulary;

/**
 * The network's fixed theme taxonomy, shared by initiatives, practices and findings (see
 * docs/initiatives.md). An initiative or a practice has any number of them.
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
