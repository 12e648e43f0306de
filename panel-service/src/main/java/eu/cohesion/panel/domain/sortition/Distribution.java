package eu.cohesion.panel.domain.sortition;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A lottery over quota-satisfying panels.
 *
 * @param panels the panels with positive probability, in canonical order: sorted by their sorted id
 *     lists, compared element by element ({@link String#compareTo}), a shorter prefix first; the
 *     probabilities sum to 1
 * @param selectionProbabilities each candidate's probability of being drawn (the sum of the
 *     probabilities of the panels holding them), for every candidate of the problem, including
 *     those at 0; they sum to the number of seats; iterated in ascending id order
 * @param algorithmVersion what computed it (e.g. {@link Leximin#ALGORITHM_VERSION}), so a draw can
 *     be recomputed with the same algorithm
 */
public record Distribution(
    List<WeightedPanel> panels,
    Map<String, Double> selectionProbabilities,
    String algorithmVersion) {

  public Distribution {
    panels = panels.stream().sorted(Distribution::canonical).toList();
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a distribution needs at least one panel");
    }
    selectionProbabilities = Collections.unmodifiableMap(new TreeMap<>(selectionProbabilities));
  }

  /**
   * Draws one panel, reproducibly: {@code r = new java.util.SplittableRandom(seed).nextDouble()},
   * then the first panel in canonical order ({@link #panels()}) whose cumulative probability (its
   * own plus all before it, summed in that order in {@code double}) exceeds {@code r}; should
   * rounding leave {@code r} above the total, the last panel. Anyone with the same distribution and
   * seed gets the same panel.
   *
   * @return the sorted ids of the drawn panel
   */
  public List<String> sample(long seed) {
    double r = new SplittableRandom(seed).nextDouble();
    double cumulative = 0;
    for (WeightedPanel p : panels) {
      cumulative += p.probability();
      if (r < cumulative) {
        return p.candidateIds();
      }
    }
    return panels.get(panels.size() - 1).candidateIds();
  }

  static int canonical(WeightedPanel a, WeightedPanel b) {
    List<String> x = a.candidateIds();
    List<String> y = b.candidateIds();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
