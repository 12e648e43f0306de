package eu.cohesion.practice.domain.finding;

/** Where a common finding or a recommendation stands (see {@link PublicationLifecycle}). */
public enum PublicationStatus {
  /** Being written by the network admin, or proposed by a town's coordinator. */
  DRAFT,
  /** Public: the network stands behind it. */
  PUBLISHED,
  /** Taken back by the network admin with a reason; kept, no longer shown as current. */
  WITHDRAWN
}
