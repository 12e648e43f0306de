package eu.cohesion.practice.domain;

/**
 * Where a good practice stands in its validation by the network (see {@link PracticeLifecycle}).
 * Only its own town and the network admin see a practice that is not published.
 */
public enum PracticeStatus {
  /** The town writes it. */
  DRAFT,
  /** The town asks the network admin to validate it; locked while it waits. */
  SUBMITTED,
  /** The network admin sent it back with reasons, or took it off line: the town reworks it. */
  RETURNED,
  /** Validated and public. */
  PUBLISHED
}
