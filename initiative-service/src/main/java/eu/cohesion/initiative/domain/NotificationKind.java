package eu.cohesion.initiative.domain;

/**
 * What a notification tells its recipient. Stored with its parameters, never as text: the SPA and
 * the mail templates render it in the reader's language.
 */
public enum NotificationKind {
  /** A review round opened on an initiative and the recipient is one of its eligible reviewers. */
  REVIEW_ROUND_OPENED,
  /** A round closes within 48 hours without quorum; sent to the town's coordinators. */
  REVIEW_QUORUM_AT_RISK,
  /** A concluded initiative reached its review-again date; sent to the town's coordinators. */
  REVIEW_DUE,
  /** The network published a practice of a theme the recipient follows. */
  PRACTICE_PUBLISHED,
  /** A practice the recipient follows was revised. */
  PRACTICE_REVISED,
  /** A question on a practice the recipient follows, or asked, was answered. */
  QUESTION_ANSWERED,
  /** Another town registered or moved a transfer of the recipient's town's practice. */
  TRANSFER_CHANGED
}
