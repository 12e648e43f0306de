package eu.cohesion.practice.domain;

/**
 * What a caller can ask of the practice-exchange service; each is a row of {@link
 * PracticePermissions}.
 */
public enum PracticeAction {
  VIEW_PUBLISHED_PRACTICES,
  VIEW_DRAFT_PRACTICES,
  EDIT_PRACTICE,
  PUBLISH_PRACTICE,
  SEARCH_PRACTICES,
  SUBMIT_PRACTICE,
  RETURN_PRACTICE,
  UNPUBLISH_PRACTICE,
  // Transfers (docs/transfers.md)
  VIEW_TRANSFERS,
  REGISTER_TRANSFER,
  MOVE_TRANSFER,
  ANSWER_TRANSFER,
  // Questions and comments across towns (docs/discussion.md).
  VIEW_DISCUSSION,
  VIEW_HIDDEN_POSTS,
  ASK_QUESTION,
  COMMENT_ON_PRACTICE,
  REPLY_TO_POST,
  MARK_ANSWER,
  REPORT_POST,
  MODERATE_POSTS,
  EXPORT_OWN_DATA,
  // Webhooks for integrators (docs/webhooks.md).
  VIEW_WEBHOOKS,
  MANAGE_WEBHOOKS,
  SEE_EVERY_WEBHOOK,
  // Open data and feeds (docs/open-data.md).
  EXPORT_OPEN_DATA,
  READ_FEEDS,
  // Following practices and themes (docs/practices.md#following); also listing one's follows.
  FOLLOW,
  UNFOLLOW,
  // Common findings and recommendations (docs/findings.md).
  VIEW_PUBLISHED_FINDINGS,
  VIEW_DRAFT_FINDINGS,
  WRITE_FINDING,
  EDIT_FINDING,
  REVISE_FINDING,
  PUBLISH_FINDING,
  WITHDRAW_FINDING,
  VIEW_PUBLISHED_RECOMMENDATIONS,
  VIEW_DRAFT_RECOMMENDATIONS,
  WRITE_RECOMMENDATION,
  EDIT_RECOMMENDATION,
  REVISE_RECOMMENDATION,
  PUBLISH_RECOMMENDATION,
  WITHDRAW_RECOMMENDATION,
  ENDORSE_RECOMMENDATION,
  // The printable network report (docs/report.md).
  VIEW_NETWORK_REPORT,
  /** Read the audit of administrative changes (kit.audit.AdminAudit): who changed what, when. */
  VIEW_ADMIN_AUDIT
}
