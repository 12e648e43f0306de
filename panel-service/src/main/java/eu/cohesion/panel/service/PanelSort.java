package eu.cohesion.panel.service;

import java.util.Arrays;
import java.util.Optional;

/** The orders a panel list can be asked for. */
public enum PanelSort {
  NAME("name"),
  CREATED_AT("createdAt");

  private final String property;

  PanelSort(String property) {
    this.property = property;
  }

  /** Entity property, which is also the name callers use in {@code sort}. */
  public String property() {
    return property;
  }

  public static Optional<PanelSort> ofProperty(String property) {
    return Arrays.stream(values()).filter(s -> s.property.equals(property)).findFirst();
  }
}
