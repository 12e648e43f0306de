package eu.cohesion.initiative.domain;

/** A free-text answer waits for the coordinator, who approves it as a quote or rejects it. */
public enum QuoteStatus {
  PENDING,
  APPROVED,
  REJECTED
}
