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
  WITHDRAW_CONSENT,
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
  VIEW_PERSONAL_DATA_AUDIT,
  /** The audit of administrative changes (towns, rules, panels, ...) of the whole service. */
  VIEW_ADMIN_AUDIT,
  /** A town's profile: languages, coordinates, demographic baseline. */
  EDIT_CITY,
  /** The network's balance rules and their history: public, so anyone can check a score. */
  VIEW_BALANCE_RULES,
  EDIT_BALANCE_RULES,
  /**
   * A panel's balance with every population-group count, also those below 5 that the public sees
   * only as "fewer than 5": small counts could point at people.
   */
  VIEW_BALANCE_DETAIL,
  /**
   * The network's public aggregates: each town's ACTIVE panel as seats per pillar (counts below 5
   * withheld), its balance score and state, and the network's totals. Never a person.
   */
  VIEW_NETWORK_COMPOSITION,
  /** A panel's candidate pool and its draws, with the candidates' personal data. */
  VIEW_POOL,
  /** Add, edit and remove candidates by hand; set quotas, seats and the household rule. */
  MANAGE_POOL,
  /** Replace the pool's candidates or quotas from a CSV file. */
  IMPORT_POOL,
  RUN_DRAW,
  /** Confirm a draw (its panel joins) or discard it. */
  CONFIRM_DRAW,
  /** The published audit of a confirmed draw: seed, digest, probabilities by candidate id. */
  VIEW_DRAW_AUDIT,
  // Member accounts: a member's link to a Keycloak user of realm cohesion.
  /** The town's Keycloak users a member could be linked to (names and e-mail addresses). */
  SEARCH_MEMBER_ACCOUNTS,
  /** Link a member to an existing Keycloak user of the town. */
  LINK_MEMBER_ACCOUNT,
  UNLINK_MEMBER_ACCOUNT,
  /** Create a Keycloak user (panel-member of the town) for a member and e-mail them the link. */
  INVITE_MEMBER_ACCOUNT
}
