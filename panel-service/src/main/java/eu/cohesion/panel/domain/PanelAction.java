package eu.cohesion.panel.domain;

/** What a caller can ask of the panel service; each is a row of {@link PanelPermissions}. */
public enum PanelAction {
  VIEW_CITIES,
  VIEW_PANEL_SUMMARIES,
  CREATE_PANEL,
  ADD_MEMBER,
  /** Members with their personal data: never public, never for integration clients. */
  VIEW_MEMBERS,
  /** A town's profile: languages, coordinates, demographic baseline. */
  EDIT_CITY,
  /** The network's balance rules and their history: public, so anyone can check a score. */
  VIEW_BALANCE_RULES,
  EDIT_BALANCE_RULES,
  /**
   * A panel's balance with every population-group count, also those below 5 that the public sees
   * only as "fewer than 5": small counts could point at people.
   */
  VIEW_BALANCE_DETAIL
}
