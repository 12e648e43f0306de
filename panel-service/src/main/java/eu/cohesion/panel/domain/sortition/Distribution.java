package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A lottery over quota-satisfying panels, given as a lottery over panel <b>compositions</b> (seats
 * per candidate type) and, within a composition, systematic sampling of each type's members.
 *
 * @param types the candidate types: each a list of interchangeable candidates' ids, ascending;
 *     types ordered by their first id; every candidate of the problem is in exactly one
 * @param compositions the compositions with positive probability, in canonical order: their seat
 *     lists compared lexicographically ({@link java.util.Arrays#compare(int[], int[])}); the
 *     probabilities sum to 1
 * @param selectionProbabilities each candidate's probability of being drawn (Σ over compositions of
 *     probability × seats of their type / size of their type), for every candidate of the problem,
 *     including those at 0; they sum to the number of seats; iterated in ascending id order
 * @param algorithmVersion what computed it (e.g. {@link Leximin#ALGORITHM_VERSION}), so a draw can
 *     be recomputed with the same algorithm
 */
public record Distribution(
    List<List<String>> types,
    List<WeightedComposition> compositions,
    Map<String, Double> selectionProbabilities,
    String algorithmVersion) {

  public Distribution {
    types = types.stream().map(List::copyOf).toList();
    compositions = compositions.stream().sorted(Distribution::canonical).toList();
    if (compositions.isEmpty()) {
      throw new IllegalArgumentException("a distribution needs at least one composition");
    }
    for (WeightedComposition c : compositions) {
      if (c.seats().size() != types.size()) {
        throw new IllegalArgumentException("a composition needs seats for every type");
      }
      for (int t = 0; t < types.size(); t++) {
        int k = c.seats().get(t);
        if (k < 0 || k > types.get(t).size()) {
          throw new IllegalArgumentException("type " + t + " cannot hold " + k + " seats");
        }
      }
    }
    selectionProbabilities = Collections.unmodifiableMap(new TreeMap<>(selectionProbabilities));
  }

  /**
   * Draws one panel, reproducibly, from one {@code random = new java.util.SplittableRandom(seed)}:
   *
   * <ol>
   *   <li>{@code r = random.nextDouble()}; the composition is the first in canonical order ({@link
   *       #compositions()}) whose cumulative probability (its own plus all before it, summed in
   *       that order in {@code double}) exceeds {@code r}; should rounding leave {@code r} above
   *       the total, the last one.
   *   <li>Then type by type, in the order of {@link #types()}, for each type holding {@code k >= 1}
   *       seats of its {@code c} members: {@code a = random.nextInt(c)}, and the members chosen by
   *       {@link SystematicSampling#choose(int, int, int) SystematicSampling.choose(c, k, a)} in
   *       the type's id order.
   * </ol>
   *
   * Each member of a type is drawn with probability exactly {@code k/c} given the composition.
   * Anyone with the same distribution and seed gets the same panel.
   *
   * @return the sorted ids of the drawn panel
   */
  public List<String> sample(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double r = random.nextDouble();
    WeightedComposition drawn = compositions.get(compositions.size() - 1);
    double cumulative = 0;
    for (WeightedComposition c : compositions) {
      cumulative += c.probability();
      if (r < cumulative) {
        drawn = c;
        break;
      }
    }
    List<String> panel = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      int k = drawn.seats().get(t);
      if (k == 0) {
        continue;
      }
      List<String> members = types.get(t);
      int c = members.size();
      for (int j : SystematicSampling.choose(c, k, random.nextInt(c))) {
        panel.add(members.get(j));
      }
    }
    Collections.sort(panel);
    return List.copyOf(panel);
  }

  static int canonical(WeightedComposition a, WeightedComposition b) {
    List<Integer> x = a.seats();
    List<Integer> y = b.seats();
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Integer.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
