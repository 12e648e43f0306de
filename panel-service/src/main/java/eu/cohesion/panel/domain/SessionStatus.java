package eu.cohesion.panel.domain;

/** PLANNED → HELD (once attendance is recorded) or PLANNED → CANCELLED; both are final. */
public enum SessionStatus {
  PLANNED,
  HELD,
  CANCELLED
}
