package eu.cohesion.practice.domain;

/**
 * One step of a practice's validation by the network, as its history records it. Each step is
 * performed as the action of the same name in {@link PracticePermissions}.
 */
public enum ValidationStep {
  SUBMITTED(PracticeAction.SUBMIT_PRACTICE, PracticeStatus.SUBMITTED, false),
  RETURNED(PracticeAction.RETURN_PRACTICE, PracticeStatus.RETURNED, true),
  PUBLISHED(PracticeAction.PUBLISH_PRACTICE, PracticeStatus.PUBLISHED, false),
  UNPUBLISHED(PracticeAction.UNPUBLISH_PRACTICE, PracticeStatus.RETURNED, true);

  private final PracticeAction action;
  private final PracticeStatus to;
  private final boolean needsReason;

  ValidationStep(PracticeAction action, PracticeStatus to, boolean needsReason) {
    this.action = action;
    this.to = to;
    this.needsReason = needsReason;
  }

  /** The permission row that performs this step. */
  public PracticeAction action() {
    return action;
  }

  /** The status the practice has after this step. */
  public PracticeStatus to() {
    return to;
  }

  /** Returning and unpublishing tell the town why; submitting and publishing need no words. */
  public boolean needsReason() {
    return needsReason;
  }
}
