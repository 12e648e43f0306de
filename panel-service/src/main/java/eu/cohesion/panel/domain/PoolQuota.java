package eu.cohesion.panel.domain;

/**
 * How many of the drawn seats must (min) and may (max) hold candidates whose {@code feature} has
 * {@code value}: one row of the Sortition Foundation's features CSV.
 */
public record PoolQuota(String feature, String value, int min, int max) {

  public PoolQuota {
    feature = CandidateFeatures.featureName(feature);
    value = CandidateFeatures.value(feature, value);
    if (min < 0 || max < min) {
      throw new PoolRuleException(
          "quota " + feature + "=" + value + ": need 0 <= min <= max, got " + min + ".." + max);
    }
  }
}
