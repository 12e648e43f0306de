package eu.cohesion.practice.domain;

/** Where a good practice stands: only its own town and the network admin see a draft. */
public enum PracticeStatus {
  DRAFT,
  PUBLISHED
}
