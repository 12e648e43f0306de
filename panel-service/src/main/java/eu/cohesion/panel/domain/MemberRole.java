package eu.cohesion.panel.domain;

/** What a member does in the panel. A panel has at most one chair at a time. */
public enum MemberRole {
  CHAIR,
  MEMBER,
  /** Follows the panel's work, e.g. for a partner body; counted like any member. */
  OBSERVER
}
