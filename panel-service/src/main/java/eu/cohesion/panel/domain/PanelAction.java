package eu.cohesion.panel.domain;

/** What a caller can ask of the panel service; each is a row of {@link PanelPermissions}. */
public enum PanelAction {
  VIEW_CITIES,
  VIEW_PANEL_SUMMARIES,
  CREATE_PANEL,
  ADD_MEMBER,
  /** Members with their personal data: never public, never for integration clients. */
  VIEW_MEMBERS,
  /** A panel's sessions with attendance by member id, decisions and minutes. */
  VIEW_SESSIONS,
  PLAN_SESSION,
  /** Date, place, agenda, decisions and minutes of a session that is not cancelled. */
  CHANGE_SESSION,
  RECORD_ATTENDANCE,
  HOLD_SESSION,
  CANCEL_SESSION,
  /** The caller's own personal data (GDPR Art. 15/20): any person signed in. */
  EXPORT_OWN_DATA,
  /** Anonymise a member on request (GDPR Art. 17). */
  ERASE_MEMBER,
  /** Who viewed or changed whose personal data in a panel. */
  VIEW_PERSONAL_DATA_AUDIT
}
