package eu.cohesion.panel.domain.balance;

/** A change of the panel's seats that would close a gap. */
public enum ChangeKind {
  /** Add members of any pillar. */
  ADD_MEMBERS,
  /** Add members of the named pillar. */
  ADD_PILLAR_MEMBERS,
  /** Fewer seats of the named pillar. */
  REMOVE_PILLAR_MEMBERS,
  /** Add members of the pillars other than the named one. */
  ADD_OTHER_PILLAR_MEMBERS,
  /** Fewer seats of the pillars other than the named one. */
  REMOVE_OTHER_PILLAR_MEMBERS,
  /** Add (consenting) members who speak for the named group. */
  ADD_GROUP_MEMBERS,
  /** Add members who do not speak for the named group. */
  ADD_MEMBERS_OUTSIDE_GROUP,
  /** Fewer seats of members who speak for the named group. */
  REMOVE_GROUP_MEMBERS
}
