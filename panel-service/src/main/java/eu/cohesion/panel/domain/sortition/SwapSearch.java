package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cheap pricing before the exact MIP: starting from the known panels heaviest under the current
 * dual weights, swap one member for one non-member while that keeps every quota and household rule
 * and raises the panel's weight. Panels it finds are real quota-satisfying panels, so adding them
 * is always sound; only when it finds none does the MIP have to prove that no improving panel
 * exists. Column generation then needs far fewer MIP solves.
 */
final class SwapSearch {

  /** How many heaviest known panels are improved per pricing round. */
  private static final int STARTS = 20;

  private final int n;
  private final int[][] quotasOf;
  private final int[] min;
  private final int[] max;
  private final int[] household;

  SwapSearch(PanelModel model, List<int[]> households) {
    n = model.candidates.size();
    int q = model.quotas.size();
    min = new int[q];
    max = new int[q];
    quotasOf = new int[n][];
    for (int k = 0; k < q; k++) {
      min[k] = model.quotas.get(k).min();
      max[k] = model.quotas.get(k).max();
    }
    for (int i = 0; i < n; i++) {
      List<Integer> mine = new ArrayList<>();
      for (int k = 0; k < q; k++) {
        if (model.quotas.get(k).counts(model.candidates.get(i))) {
          mine.add(k);
        }
      }
      quotasOf[i] = mine.stream().mapToInt(Integer::intValue).toArray();
    }
    household = new int[n];
    java.util.Arrays.fill(household, -1);
    for (int h = 0; h < households.size(); h++) {
      for (int i : households.get(h)) {
        household[i] = h;
      }
    }
  }

  /**
   * Panels heavier than {@code bound} under {@code weights}, found by local search from the
   * heaviest of {@code known}; none of them in {@code known}.
   */
  List<BitSet> improving(
      double[] weights, double bound, List<BitSet> known, java.util.Set<BitSet> seen) {
    Map<BitSet, Double> found = new HashMap<>();
    Map<BitSet, Double> weightOf = new HashMap<>();
    known.forEach(p -> weightOf.put(p, weight(weights, p)));
    List<BitSet> starts =
        known.stream()
            .sorted(Comparator.comparingDouble((BitSet p) -> -weightOf.get(p)))
            .limit(STARTS)
            .toList();
    int[] byWeight =
        java.util.stream.IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparingInt(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    for (BitSet start : starts) {
      BitSet panel = climb(weights, byWeight, (BitSet) start.clone());
      double w = weight(weights, panel);
      if (w > bound && !seen.contains(panel)) {
        found.put(panel, w);
      }
    }
    // Deterministic order: heaviest first, ties by the lowest differing index.
    List<BitSet> out = new ArrayList<>(found.keySet());
    out.sort(
        Comparator.comparingDouble((BitSet p) -> -found.get(p)).thenComparing(SwapSearch::compare));
    return out;
  }

  /**
   * Best-improvement single swaps until none raises the weight. Among the swaps of the largest gain
   * it takes the one with the smallest incoming index, then the smallest outgoing one: the first a
   * scan of all pairs in index order would meet. The scan itself runs by weight (incoming heaviest
   * first, outgoing lightest first) and stops as soon as no later pair can reach the best gain
   * found, which with the LP's sparse duals (most weights 0) skips almost every pair.
   */
  private BitSet climb(double[] weights, int[] byWeight, BitSet panel) {
    int k = panel.cardinality();
    int[] count = new int[min.length];
    int[] inHousehold = new int[n];
    Integer[] members = new Integer[k];
    int m = 0;
    for (int i = panel.nextSetBit(0); i >= 0; i = panel.nextSetBit(i + 1)) {
      members[m++] = i;
      for (int q : quotasOf[i]) {
        count[q]++;
      }
      if (household[i] >= 0) {
        inHousehold[household[i]]++;
      }
    }
    Comparator<Integer> lightestFirst =
        Comparator.comparingDouble((Integer i) -> weights[i]).thenComparingInt(i -> i);
    while (k > 0) {
      java.util.Arrays.sort(members, lightestFirst);
      double lightest = weights[members[0]];
      int bestOut = -1;
      int bestIn = -1;
      double gain = 1e-12;
      for (int j : byWeight) {
        if (panel.get(j)) {
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
        for (int i : members) {
          double g = weights[j] - weights[i];
          if (g < best || g < gain) {
            break;
          }
          // The quota check is the costly part: skip it for pairs that could not win anyway.
          if ((out < 0 || g > best || i < out) && swappable(i, j, count, inHousehold)) {
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
        return panel;
      }
      panel.clear(bestOut);
      panel.set(bestIn);
      for (int x = 0; x < k; x++) {
        if (members[x] == bestOut) {
          members[x] = bestIn;
        }
      }
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
    return panel;
  }

  private boolean swappable(int out, int in, int[] count, int[] inHousehold) {
    if (household[in] >= 0 && household[in] != household[out] && inHousehold[household[in]] > 0) {
      return false;
    }
    for (int k : quotasOf[out]) {
      if (!contains(quotasOf[in], k) && count[k] - 1 < min[k]) {
        return false;
      }
    }
    for (int k : quotasOf[in]) {
      if (!contains(quotasOf[out], k) && count[k] + 1 > max[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] a, int k) {
    for (int x : a) {
      if (x == k) {
        return true;
      }
    }
    return false;
  }

  static double weight(double[] weights, BitSet panel) {
    double value = 0;
    for (int i = panel.nextSetBit(0); i >= 0; i = panel.nextSetBit(i + 1)) {
      value += weights[i];
    }
    return value;
  }

  private static int compare(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.xor(b);
    int first = x.nextSetBit(0);
    return first < 0 ? 0 : (a.get(first) ? -1 : 1);
  }
}
