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
  // reviews: a panel's review rounds of initiatives under review
  OPEN_REVIEW_ROUND,
  CLOSE_REVIEW_ROUND,
  /** Further limited to the round's eligible reviewers by the use case. */
  SUBMIT_REVIEW
}
