package eu.cohesion.practice.domain;

/** How an initiative concluded, as announced by initiative-service. */
public enum InitiativeOutcome {
  ADOPTED,
  ADAPTED,
  DISCONTINUED;

  /** Only what a town kept, as it was or changed, is drafted as a practice for the others. */
  public boolean yieldsPractice() {
    return this != DISCONTINUED;
  }
}
