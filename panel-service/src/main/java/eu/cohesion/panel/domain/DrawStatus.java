package eu.cohesion.panel.domain;

/**
 * Where a draw stands: {@code RUNNING} until the solver ends, then {@code DONE} (a panel was
 * sampled) or {@code FAILED} (e.g. infeasible quotas); a done draw is {@code CONFIRMED} (its panel
 * joins) or {@code DISCARDED} by the coordinator.
 */
public enum DrawStatus {
  RUNNING,
  DONE,
  FAILED,
  CONFIRMED,
  DISCARDED
}
