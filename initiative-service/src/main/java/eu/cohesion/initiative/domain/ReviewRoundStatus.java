package eu.cohesion.initiative.domain;

/** A review round takes reviews while OPEN; once CLOSED its results are final. */
public enum ReviewRoundStatus {
  OPEN,
  CLOSED
}
