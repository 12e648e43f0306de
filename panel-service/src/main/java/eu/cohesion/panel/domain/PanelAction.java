package eu.cohesion.panel.domain;

/** What a caller can ask of the panel service; each is a row of {@link PanelPermissions}. */
public enum PanelAction {
  VIEW_CITIES,
  VIEW_PANEL_SUMMARIES,
  /** A panel's public detail: status, mandate, term and composition as counts. */
  VIEW_PANEL,
  CREATE_PANEL,
  /** Name, description, mandate and term. */
  EDIT_PANEL,
  /** A lifecycle step: FORMING → ACTIVE → CLOSED. */
  CHANGE_PANEL_STATUS,
  ADD_MEMBER,
  /** Members with their personal data: never public, never for integration clients. */
  VIEW_MEMBERS,
  /** Self-declared population groups and consent records: sensitive, not for fellow members. */
  VIEW_POPULATION_GROUPS,
  /** Name, category, role and organisation of a member. */
  EDIT_MEMBER,
  /** Ends a membership period (the member leaves or is removed); it stays as history. */
  REMOVE_MEMBER,
  RECORD_CONSENT,
  WITHDRAW_CONSENT
}
