package eu.cohesion.initiative.domain;

/**
 * The population groups an initiative is for: the same four groups panel-service knows panel
 * members speak for. Here they describe the initiative's public, not a person.
 */
public enum TargetGroup {
  NATIVE,
  EXPAT,
  NEWLY_ARRIVED_MIGRANT,
  PRECARIOUS_OR_VULNERABLE
}
