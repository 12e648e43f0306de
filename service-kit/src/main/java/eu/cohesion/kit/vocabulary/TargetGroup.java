package eu.cohesion.kit.vocabulary;

/**
 * The population groups an initiative or a practice is for: the same four groups panel-service
 * knows panel members speak for. Here they describe a public, not a person.
 */
public enum TargetGroup {
  NATIVE,
  EXPAT,
  NEWLY_ARRIVED_MIGRANT,
  PRECARIOUS_OR_VULNERABLE
}
