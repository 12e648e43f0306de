package eu.cohesion.panel.service;

import java.util.Arrays;
import java.util.Optional;

/** The orders a member list can be asked for. */
public enum MemberSort {
  JOINED_AT("joinedAt"),
  DISPLAY_NAME("displayName");

  private final String property;

  MemberSort(String property) {
    this.property = property;
  }

  /** Entity property, which is also the name callers use in {@code sort}. */
  public String property() {
    return property;
  }

  public static Optional<MemberSort> ofProperty(String property) {
    return Arrays.stream(values()).filter(s -> s.property.equals(property)).findFirst();
  }
}
