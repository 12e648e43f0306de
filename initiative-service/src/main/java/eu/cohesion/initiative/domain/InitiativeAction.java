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
  // Notifications: the caller's own, any person signed in.
  VIEW_OWN_NOTIFICATIONS,
  CHANGE_OWN_NOTIFICATIONS,
  // Indicators
  /** Define, edit and delete an initiative's indicators, and remove measurements. */
  MANAGE_INDICATORS,
  /** Add a measurement to an indicator: also a town's statistics office (integration-writer). */
  ADD_MEASUREMENT,
  // Residents' feedback (survey)
  /** The survey definition of an initiative, for the town's insiders. */
  VIEW_SURVEY,
  /** Compose, edit, open and close an initiative's survey. */
  MANAGE_SURVEY,
  /** The aggregated answers with approved quotes. */
  VIEW_SURVEY_RESULTS,
  /** Read every free-text answer and approve or reject it as a quote. */
  MODERATE_SURVEY_QUOTES,
  /** Answer a survey through its public token: anyone, without signing in. */
  ANSWER_SURVEY,
  /** The public results page, shown only from five responses on. */
  VIEW_PUBLIC_SURVEY_RESULTS,
  // reviews: a panel's review rounds of initiatives under review
  OPEN_REVIEW_ROUND,
  CLOSE_REVIEW_ROUND,
  /** Further limited to the round's eligible reviewers by the use case. */
  SUBMIT_REVIEW,
  // Initiative content (docs/initiatives.md)
  /** Rewrite an initiative's content, until it is concluded or withdrawn. */
  EDIT_INITIATIVE,
  /** Delete an initiative while it is a DRAFT. */
  DELETE_INITIATIVE,
  /**
   * The public portal's counts of initiatives by status and theme, per town and for the network;
   * drafts are not counted (docs/portal.md).
   */
  VIEW_INITIATIVE_STATISTICS,
  /** Read the audit of administrative changes (kit.audit.AdminAudit): who changed what, when. */
  VIEW_ADMIN_AUDIT
}
