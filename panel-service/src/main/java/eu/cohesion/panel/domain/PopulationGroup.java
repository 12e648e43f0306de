package eu.cohesion.panel.domain;

/**
 * A part of the town's population a member brings a voice for. Self-declared and sensitive personal
 * data: recorded only with the member's consent, never shown to the public.
 */
public enum PopulationGroup {
  NATIVE,
  EXPAT,
  NEWLY_ARRIVED_MIGRANT,
  PRECARIOUS_OR_VULNERABLE
}
