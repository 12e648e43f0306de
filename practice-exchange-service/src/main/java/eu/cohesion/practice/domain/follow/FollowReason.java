package eu.cohesion.practice.domain.follow;

/** Why followers are told about a practice. */
public enum FollowReason {
  /** The network published a practice of a theme they follow. */
  PUBLISHED,
  /** The practice they follow was revised after publication. */
  REVISED,
  /** A question on the practice they follow (or asked) was answered. */
  ANSWERED
}
