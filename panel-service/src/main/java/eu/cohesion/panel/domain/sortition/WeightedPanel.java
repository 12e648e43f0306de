package eu.cohesion.panel.domain.sortition;

import java.util.List;

/**
 * One quota-satisfying panel and the probability with which the distribution draws it.
 *
 * @param candidateIds the ids of the panel's members, sorted ascending ({@link String#compareTo})
 * @param probability in (0, 1]
 */
public record WeightedPanel(List<String> candidateIds, double probability) {

  public WeightedPanel {
    candidateIds = candidateIds.stream().sorted().toList();
    if (!(probability >= 0 && probability <= 1 + 1e-9)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
  }
}
