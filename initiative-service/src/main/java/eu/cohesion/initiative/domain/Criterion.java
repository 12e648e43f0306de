package eu.cohesion.initiative.domain;

/** What a panel member scores an initiative under review on, each 1–5 with a reason. */
public enum Criterion {
  RELEVANCE,
  EFFECTIVENESS,
  INCLUSIVENESS,
  SUSTAINABILITY,
  TRANSFERABILITY
}
