package eu.cohesion.kit.security;

import java.util.Objects;

/** Where the target of an action lies, seen from the caller's own town. */
public enum Scope {
  OWN_TOWN,
  OTHER_TOWN;

  /** A caller without a town (anonymous, admin, integration client) has no own town. */
  public static Scope of(String callerCity, String targetCity) {
    return callerCity != null && Objects.equals(callerCity, targetCity) ? OWN_TOWN : OTHER_TOWN;
  }
}
