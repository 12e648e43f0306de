package eu.cohesion.practice.service;

import java.util.Arrays;
import java.util.Optional;

/** The orders a practice list can be asked for. */
public enum PracticeSort {
  TITLE("title"),
  PUBLISHED_AT("publishedAt"),
  UPDATED_AT("updatedAt");

  private final String property;

  PracticeSort(String property) {
    this.property = property;
  }

  /** Entity property, which is also the name callers use in {@code sort}. */
  public String property() {
    return property;
  }

  public static Optional<PracticeSort> ofProperty(String property) {
    return Arrays.stream(values()).filter(s -> s.property.equals(property)).findFirst();
  }
}
