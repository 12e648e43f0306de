package eu.cohesion.panel.domain;

/** What a caller can ask of the panel service; each is a row of {@link PanelPermissions}. */
public enum PanelAction {
  VIEW_CITIES,
  VIEW_PANEL_SUMMARIES,
  CREATE_PANEL,
  ADD_MEMBER,
  /** Members with their personal data: never public, never for integration clients. */
  VIEW_MEMBERS,
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
  VIEW_DRAW_AUDIT
}
