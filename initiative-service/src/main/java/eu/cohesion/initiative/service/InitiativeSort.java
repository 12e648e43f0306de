package eu.cohesion.initiative.service;

import java.util.Arrays;
import java.util.Optional;

/** The orders an initiative list can be asked for. */
public enum InitiativeSort {
  TITLE("title"),
  CREATED_AT("createdAt"),
  UPDATED_AT("updatedAt");

  private final String property;

  InitiativeSort(String property) {
    this.property = property;
  }

  /** Entity property, which is also the name callers use in {@code sort}. */
  public String property() {
    return property;
  }

  public static Optional<InitiativeSort> ofProperty(String property) {
    return Arrays.stream(values()).filter(s -> s.property.equals(property)).findFirst();
  }
}
