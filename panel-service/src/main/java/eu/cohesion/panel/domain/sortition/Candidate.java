package eu.cohesion.panel.domain.sortition;

import java.util.Map;
import java.util.Objects;

/**
 * One person in the pool.
 *
 * @param id stable identifier, unique in the pool (the draw and the probabilities refer to it)
 * @param features the person's value for each feature, e.g. {@code gender → female}; a feature that
 *     any quota names must be present
 * @param household the household key (e.g. the normalised address, see {@link
 *     SortitionCsv#householdKey(java.util.List)}); {@code null} when none was declared, and then
 *     the person shares a household with no one
 */
public record Candidate(String id, Map<String, String> features, String household) {

  public Candidate {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a candidate needs a non-blank id");
    }
    Objects.requireNonNull(features, "features");
    features.forEach(
        (k, v) -> {
          if (k == null || v == null) {
            throw new IllegalArgumentException(
                "candidate " + id + ": feature names and values must not be null");
          }
        });
    features = Map.copyOf(features);
  }
}
