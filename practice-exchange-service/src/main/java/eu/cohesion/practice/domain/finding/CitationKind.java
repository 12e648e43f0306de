package eu.cohesion.practice.domain.finding;

/**
 * What a finding cites as evidence. Each resolves to one town: a published practice and the
 * evidence its conclusion carried (the initiative's conclusion, the panel's review results, an
 * indicator's outcome) to the practice's town, a transfer to the town that took the practice up.
 */
public enum CitationKind {
  /** A published good practice, by its id. */
  PRACTICE,
  /** The conclusion of the initiative a published practice was drafted from, by initiative id. */
  INITIATIVE_CONCLUSION,
  /** The review round results a published practice carries, by review round id. */
  REVIEW_RESULT,
  /** An indicator outcome a published practice carries, by indicator id. */
  INDICATOR_OUTCOME,
  /** A transfer of a published practice to another town, by transfer id. */
  TRANSFER
}
