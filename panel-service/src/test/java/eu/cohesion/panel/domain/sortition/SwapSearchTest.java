package eu.cohesion.panel.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The swap search's pruned scan must take the very swaps of a scan over all pairs in index order
 * (the published draws of {@link Leximin#ALGORITHM_VERSION} depend on it), also under the many
 * equal and zero weights that LP duals have.
 */
class SwapSearchTest {

  /** Weights as LP duals look: mostly 0, a few repeated values, the odd negative one. */
  private static final double[] WEIGHTS = {0, 0, 0, 0, 0.1, 0.25, 1.0 / 3, 0.5, 0.5, -0.05};

  @Property(tries = 60)
  void findsTheSamePanelsAsTheScanOfAllPairs(@ForAll @LongRange(min = 0, max = 100_000) long seed) {
    Random r = new Random(seed);
    boolean households = r.nextBoolean();
    SortitionProblem problem =
        LeximinTest.feasiblePool(
            seed, 10 + r.nextInt(5), 2 + r.nextInt(2), 3 + r.nextInt(3), households);
    List<Candidate> candidates = PanelModel.sortedCandidates(problem);
    List<Quota> quotas = PanelModel.sortedQuotas(problem.quotas());
    List<int[]> groups = PanelModel.households(candidates, households);
    try (PanelModel model =
        new PanelModel(candidates, quotas, problem.seats(), groups, Deadline.NONE)) {
      int n = candidates.size();
      List<BitSet> known = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
          w[i] = r.nextDouble();
        }
        BitSet panel = model.maximise(w);
        if (!known.contains(panel)) {
          known.add(panel);
        }
      }
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        weights[i] = WEIGHTS[r.nextInt(WEIGHTS.length)];
      }
      double bound = SwapSearch.weight(weights, known.get(0)) - 0.3;

      List<BitSet> fast =
          new SwapSearch(model, groups).improving(weights, bound, known, new HashSet<>(known));
      List<BitSet> full = new FullScan(model, groups).improving(weights, bound, known);

      assertEquals(full, fast);
      fast.forEach(p -> assertTrue(model.satisfies(p), "not a panel: " + p));
    }
  }

  /** The swap search as first written: every pair, in index order, the first of the best gain. */
  private static final class FullScan {
    private final PanelModel model;
    private final int[] household;

    FullScan(PanelModel model, List<int[]> groups) {
      this.model = model;
      household = new int[model.candidates.size()];
      java.util.Arrays.fill(household, -1);
      for (int h = 0; h < groups.size(); h++) {
        for (int i : groups.get(h)) {
          household[i] = h;
        }
      }
    }

    List<BitSet> improving(double[] weights, double bound, List<BitSet> known) {
      Map<BitSet, Double> found = new HashMap<>();
      List<BitSet> starts =
          known.stream()
              .sorted(Comparator.comparingDouble((BitSet p) -> -SwapSearch.weight(weights, p)))
              .limit(20)
              .toList();
      Set<BitSet> seen = new HashSet<>(known);
      for (BitSet start : starts) {
        BitSet panel = climb(weights, (BitSet) start.clone());
        double w = SwapSearch.weight(weights, panel);
        if (w > bound && !seen.contains(panel)) {
          found.put(panel, w);
        }
      }
      List<BitSet> out = new ArrayList<>(found.keySet());
      out.sort(
          Comparator.comparingDouble((BitSet p) -> -found.get(p))
              .thenComparing(FullScan::lowestDifference));
      return out;
    }

    private BitSet climb(double[] weights, BitSet panel) {
      int n = weights.length;
      while (true) {
        int bestOut = -1;
        int bestIn = -1;
        double gain = 1e-12;
        for (int j = 0; j < n; j++) {
          if (panel.get(j)) {
            continue;
          }
          for (int i = panel.nextSetBit(0); i >= 0; i = panel.nextSetBit(i + 1)) {
            double g = weights[j] - weights[i];
            if (g > gain && swapped(panel, i, j)) {
              gain = g;
              bestOut = i;
              bestIn = j;
            }
          }
        }
        if (bestOut < 0) {
          return panel;
        }
        panel.clear(bestOut);
        panel.set(bestIn);
      }
    }

    /** Whether the panel with {@code out} swapped for {@code in} still keeps every rule. */
    private boolean swapped(BitSet panel, int out, int in) {
      BitSet after = (BitSet) panel.clone();
      after.clear(out);
      after.set(in);
      return model.satisfies(after);
    }

    private static int lowestDifference(BitSet a, BitSet b) {
      BitSet x = (BitSet) a.clone();
      x.xor(b);
      int first = x.nextSetBit(0);
      return first < 0 ? 0 : (a.get(first) ? -1 : 1);
    }
  }
}
