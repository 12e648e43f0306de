package eu.cohesion.practice.domain;

/**
 * Where a practice's journey to another town stands: that town is interested, adapts it in an
 * initiative of its own, then has transferred it or abandoned the attempt.
 */
public enum TransferStatus {
  INTERESTED,
  ADAPTING,
  TRANSFERRED,
  ABANDONED
}
