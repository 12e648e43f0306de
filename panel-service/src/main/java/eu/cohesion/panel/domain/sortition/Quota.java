package eu.cohesion.panel.domain.sortition;

/**
 * How many seats the people holding one value of one feature take in a drawn panel: at least {@code
 * min}, at most {@code max} (both inclusive).
 *
 * @param feature the feature, e.g. {@code gender}
 * @param value the value, e.g. {@code female}
 * @param min the fewest seats, {@code >= 0}
 * @param max the most seats, {@code >= min}
 */
public record Quota(String feature, String value, int min, int max) {

  public Quota {
    if (feature == null || feature.isBlank() || value == null || value.isBlank()) {
      throw new IllegalArgumentException("a quota needs a non-blank feature and value");
    }
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "quota " + feature + "=" + value + ": need 0 <= min <= max, got " + min + ".." + max);
    }
  }

  /** Whether this quota counts the given candidate. */
  public boolean counts(Candidate c) {
    return value.equals(c.features().get(feature));
  }

  @Override
  public String toString() {
    return feature + "=" + value + " [" + min + ".." + max + "]";
  }
}
