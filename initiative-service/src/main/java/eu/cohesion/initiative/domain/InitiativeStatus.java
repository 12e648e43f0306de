package eu.cohesion.initiative.domain;

/** Where an initiative stands in its lifecycle; {@link InitiativeLifecycle} says how it moves. */
public enum InitiativeStatus {
  DRAFT,
  PROPOSED,
  APPROVED,
  PILOTING,
  UNDER_REVIEW,
  CONCLUDED,
  WITHDRAWN
}
