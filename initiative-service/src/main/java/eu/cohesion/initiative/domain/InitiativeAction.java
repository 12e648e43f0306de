package eu.cohesion.initiative.domain;

/**
 * What a caller can ask of the initiative service; each is a row of {@link InitiativePermissions}.
 */
public enum InitiativeAction {
  VIEW_INITIATIVES,
  CREATE_INITIATIVE,
  CHANGE_STATUS,
  /** The caller's own data (GDPR Art. 15/20): any person signed in. */
  EXPORT_OWN_DATA,
  // Initiative content (docs/initiatives.md)
  /** Rewrite an initiative's content, until it is concluded or withdrawn. */
  EDIT_INITIATIVE,
  /** Delete an initiative while it is a DRAFT. */
  DELETE_INITIATIVE
}
