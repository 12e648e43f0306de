package eu.cohesion.initiative.domain;

/**
 * How the latest measurement compares with the one before it, seen in the indicator's direction.
 */
public enum Trend {
  IMPROVING,
  STEADY,
  WORSENING
}
