package eu.cohesion.practice.domain;

/** How an initiative concluded, as announced by initiative-service. */
public enum InitiativeOutcome {
  ADOPTED,
  ADAPTED,
  DISCONTINUED;

  /**
   * A discontinued initiative is drafted too, as "what did not work": its conclusion is a lesson
   * for the other towns rather than a result.
   */
  public boolean teachesByFailure() {
    return this == DISCONTINUED;
  }
}
