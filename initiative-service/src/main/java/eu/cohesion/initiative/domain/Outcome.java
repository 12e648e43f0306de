package eu.cohesion.initiative.domain;

/** What the panel concluded about an initiative it piloted and reviewed. */
public enum Outcome {
  ADOPTED,
  ADAPTED,
  DISCONTINUED
}
