package eu.cohesion.panel.domain;

/** Where a panel stands: being put together, meeting, or over. */
public enum PanelStatus {
  FORMING,
  ACTIVE,
  CLOSED
}
