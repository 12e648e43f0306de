package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Cheap pricing before the exact MIP: starting from the known compositions heaviest under the
 * current per-seat weights, move one seat from one type to another while that keeps every quota and
 * household rule and raises the composition's weight. Compositions it finds are real panels, so
 * adding them is always sound; only when it finds none does the MIP have to prove that no improving
 * panel exists. Column generation then needs far fewer MIP solves.
 */
final class SwapSearch {

  /** How many heaviest known compositions are improved per pricing round. */
  private static final int STARTS = 20;

  private final int n;
  private final int[] size;
  private final int[][] quotasOf;

  /** Per type, its quotas as a bit set ({@code words} longs). */
  private final long[][] maskOf;

  private final int words;
  private final int[] min;
  private final int[] max;
  private final int[] household;
  private final int households;

  SwapSearch(PanelModel model) {
    CandidateTypes types = model.types;
    n = types.count();
    int q = model.quotas.size();
    min = new int[q];
    max = new int[q];
    size = new int[n];
    quotasOf = new int[n][];
    for (int k = 0; k < q; k++) {
      min[k] = model.quotas.get(k).min();
      max[k] = model.quotas.get(k).max();
    }
    for (int t = 0; t < n; t++) {
      size[t] = types.size(t);
      List<Integer> mine = new ArrayList<>();
      for (int k = 0; k < q; k++) {
        if (model.quotas.get(k).counts(types.representative(t))) {
          mine.add(k);
        }
      }
      quotasOf[t] = mine.stream().mapToInt(Integer::intValue).toArray();
    }
    words = (q + 63) / 64;
    maskOf = new long[n][words];
    for (int t = 0; t < n; t++) {
      for (int k : quotasOf[t]) {
        maskOf[t][k >>> 6] |= 1L << k;
      }
    }
    household = new int[n];
    Arrays.fill(household, -1);
    List<int[]> groups = types.households();
    households = groups.size();
    for (int h = 0; h < groups.size(); h++) {
      for (int t : groups.get(h)) {
        household[t] = h;
      }
    }
  }

  /**
   * Compositions heavier than {@code bound} under {@code weights} (per seat of each type), found by
   * local search from the heaviest of {@code known}; none of them in {@code seen}.
   */
  List<Composition> improving(
      double[] weights, double bound, List<Composition> known, Set<Composition> seen) {
    Map<Composition, Double> found = new HashMap<>();
    Map<Composition, Double> weightOf = new HashMap<>();
    known.forEach(p -> weightOf.put(p, p.weight(weights)));
    List<Composition> starts =
        known.stream()
            .sorted(Comparator.comparingDouble((Composition p) -> -weightOf.get(p)))
            .limit(STARTS)
            .toList();
    int[] byWeight =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer t) -> -weights[t]).thenComparingInt(t -> t))
            .mapToInt(Integer::intValue)
            .toArray();
    int[] lightestFirst =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer t) -> weights[t]).thenComparingInt(t -> t))
            .mapToInt(Integer::intValue)
            .toArray();
    for (Composition start : starts) {
      Composition panel = climb(weights, byWeight, lightestFirst, start.toArray());
      double w = panel.weight(weights);
      if (w > bound && !seen.contains(panel)) {
        found.put(panel, w);
      }
    }
    // Deterministic order: heaviest first, ties by the seat counts.
    List<Composition> out = new ArrayList<>(found.keySet());
    out.sort(
        Comparator.comparingDouble((Composition p) -> -found.get(p))
            .thenComparing(Composition::compare));
    return out;
  }

  /**
   * Best-improvement single seat moves until none raises the weight. Among the moves of the largest
   * gain it takes the one with the smallest incoming type, then the smallest outgoing one: the
   * first a scan of all pairs in index order would meet. The scan itself runs by weight (incoming
   * heaviest first, outgoing lightest first) and stops as soon as no later pair can reach the best
   * gain found, which with the LP's sparse duals (most weights 0) skips almost every pair.
   */
  private Composition climb(double[] weights, int[] byWeight, int[] lightestFirst, int[] seats) {
    int[] count = new int[min.length];
    int[] inHousehold = new int[households];
    for (int t = 0; t < n; t++) {
      if (seats[t] == 0) {
        continue;
      }
      for (int q : quotasOf[t]) {
        count[q] += seats[t];
      }
      if (household[t] >= 0) {
        inHousehold[household[t]] += seats[t];
      }
    }
    int[] members = new int[n];
    long[] atMin = new long[words];
    long[] atMax = new long[words];
    while (true) {
      // Quotas that one seat fewer would break, and one seat more.
      Arrays.fill(atMin, 0);
      Arrays.fill(atMax, 0);
      for (int k = 0; k < count.length; k++) {
        if (count[k] <= min[k]) {
          atMin[k >>> 6] |= 1L << k;
        }
        if (count[k] >= max[k]) {
          atMax[k >>> 6] |= 1L << k;
        }
      }
      int held = 0;
      for (int t : lightestFirst) {
        if (seats[t] > 0) {
          members[held++] = t;
        }
      }
      if (held == 0) {
        return new Composition(seats);
      }
      double lightest = weights[members[0]];
      int bestOut = -1;
      int bestIn = -1;
      double gain = 1e-12;
      for (int j : byWeight) {
        if (seats[j] >= size[j]) {
          continue;
        }
        double bound = weights[j] - lightest;
        // No later pair can beat the gain found (ties count only once some pair beat 1e-12).
        if (bound < gain || (bound == gain && bestIn < 0)) {
          break;
        }
        if (bound == gain && j > bestIn) {
          continue;
        }
        double best = Double.NEGATIVE_INFINITY;
        int out = -1;
        for (int m = 0; m < held; m++) {
          int i = members[m];
          double g = weights[j] - weights[i];
          if (g < best || g < gain) {
            break;
          }
          // The quota check is the costly part: skip it for pairs that could not win anyway.
          if ((out < 0 || g > best || i < out) && swappable(i, j, atMin, atMax, inHousehold)) {
            best = g;
            out = i;
          }
        }
        if (out >= 0 && (best > gain || (best == gain && bestIn >= 0 && j < bestIn))) {
          gain = best;
          bestOut = out;
          bestIn = j;
        }
      }
      if (bestOut < 0) {
        return new Composition(seats);
      }
      seats[bestOut]--;
      seats[bestIn]++;
      for (int q : quotasOf[bestOut]) {
        count[q]--;
      }
      for (int q : quotasOf[bestIn]) {
        count[q]++;
      }
      if (household[bestOut] >= 0) {
        inHousehold[household[bestOut]]--;
      }
      if (household[bestIn] >= 0) {
        inHousehold[household[bestIn]]++;
      }
    }
  }

  /**
   * Whether one seat may move from type {@code out} to type {@code in}: no quota of {@code out}
   * alone may be at its minimum, none of {@code in} alone at its maximum, and {@code in}'s
   * household must hold no seat yet.
   */
  private boolean swappable(int out, int in, long[] atMin, long[] atMax, int[] inHousehold) {
    if (household[in] >= 0 && household[in] != household[out] && inHousehold[household[in]] > 0) {
      return false;
    }
    long[] from = maskOf[out];
    long[] to = maskOf[in];
    for (int w = 0; w < words; w++) {
      if ((from[w] & atMin[w] & ~to[w]) != 0 || (to[w] & atMax[w] & ~from[w]) != 0) {
        return false;
      }
    }
    return true;
  }
}
