package eu.cohesion.panel.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
 * The swap search's pruned scan must take the very moves of a scan over all pairs of types in index
 * order, also under the many equal and zero weights that LP duals have.
 */
class SwapSearchTest {

  /** Weights as LP duals look: mostly 0, a few repeated values, the odd negative one. */
  private static final double[] WEIGHTS = {0, 0, 0, 0, 0.1, 0.25, 1.0 / 3, 0.5, 0.5, -0.05};

  @Property(tries = 60)
  void findsTheSameCompositionsAsTheScanOfAllPairs(
      @ForAll @LongRange(min = 0, max = 100_000) long seed) {
    assertSameAsFullScan(seed, 0);
  }

  /**
   * With more than 64 quotas the quota bit sets span several words: 70 never-binding quotas of a
   * feature that sorts first push the binding ones into the second word.
   */
  @Property(tries = 30)
  void findsTheSameCompositionsWithQuotasBeyondTheFirstWord(
      @ForAll @LongRange(min = 0, max = 100_000) long seed) {
    assertSameAsFullScan(seed, 70);
  }

  private static void assertSameAsFullScan(long seed, int padding) {
    Random r = new Random(seed);
    boolean households = r.nextBoolean();
    SortitionProblem problem =
        padded(
            LeximinTest.feasiblePool(
                seed, 10 + r.nextInt(5), 1 + r.nextInt(3), 3 + r.nextInt(3), households),
            padding);
    List<Candidate> candidates = PanelModel.sortedCandidates(problem);
    List<Quota> quotas = PanelModel.sortedQuotas(problem.quotas());
    CandidateTypes types =
        CandidateTypes.of(candidates, quotas, PanelModel.households(candidates, households));
    try (PanelModel model = new PanelModel(types, quotas, problem.seats(), Deadline.NONE)) {
      int n = types.count();
      List<Composition> known = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        double[] w = new double[n];
        for (int t = 0; t < n; t++) {
          w[t] = r.nextDouble();
        }
        Composition panel = model.maximise(w);
        if (!known.contains(panel)) {
          known.add(panel);
        }
      }
      double[] weights = new double[n];
      for (int t = 0; t < n; t++) {
        weights[t] = WEIGHTS[r.nextInt(WEIGHTS.length)];
      }
      double bound = known.get(0).weight(weights) - 0.3;

      List<Composition> fast =
          new SwapSearch(model).improving(weights, bound, known, new HashSet<>(known));
      List<Composition> full = new FullScan(model).improving(weights, bound, known);

      assertEquals(full, fast);
      fast.forEach(p -> assertTrue(model.satisfies(p), "not a panel: " + p));
    }
  }

  /** The problem with {@code padding} quotas {@code a-pad=a<i>} 0 … seats, one per candidate. */
  private static SortitionProblem padded(SortitionProblem p, int padding) {
    if (padding == 0) {
      return p;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < p.candidates().size(); i++) {
      Candidate c = p.candidates().get(i);
      Map<String, String> features = new HashMap<>(c.features());
      features.put("a-pad", "a" + (i % padding));
      candidates.add(new Candidate(c.id(), features, c.household()));
    }
    List<Quota> quotas = new ArrayList<>(p.quotas());
    for (int v = 0; v < padding; v++) {
      quotas.add(new Quota("a-pad", "a" + v, 0, p.seats()));
    }
    return new SortitionProblem(candidates, quotas, p.seats(), p.onePerHousehold());
  }

  /** The swap search plainly: every pair of types, in index order, the first of the best gain. */
  private static final class FullScan {
    private final PanelModel model;

    FullScan(PanelModel model) {
      this.model = model;
    }

    List<Composition> improving(double[] weights, double bound, List<Composition> known) {
      Map<Composition, Double> found = new HashMap<>();
      List<Composition> starts =
          known.stream()
              .sorted(Comparator.comparingDouble((Composition p) -> -p.weight(weights)))
              .limit(20)
              .toList();
      Set<Composition> seen = new HashSet<>(known);
      for (Composition start : starts) {
        Composition panel = climb(weights, start.toArray());
        double w = panel.weight(weights);
        if (w > bound && !seen.contains(panel)) {
          found.put(panel, w);
        }
      }
      List<Composition> out = new ArrayList<>(found.keySet());
      out.sort(
          Comparator.comparingDouble((Composition p) -> -found.get(p))
              .thenComparing(Composition::compare));
      return out;
    }

    private Composition climb(double[] weights, int[] seats) {
      int n = weights.length;
      while (true) {
        int bestOut = -1;
        int bestIn = -1;
        double gain = 1e-12;
        for (int j = 0; j < n; j++) {
          for (int i = 0; i < n; i++) {
            if (i == j || seats[i] == 0) {
              continue;
            }
            double g = weights[j] - weights[i];
            if (g > gain && moved(seats, i, j)) {
              gain = g;
              bestOut = i;
              bestIn = j;
            }
          }
        }
        if (bestOut < 0) {
          return new Composition(seats);
        }
        seats[bestOut]--;
        seats[bestIn]++;
      }
    }

    /** Whether the composition with one seat moved from {@code out} to {@code in} is a panel. */
    private boolean moved(int[] seats, int out, int in) {
      int[] after = seats.clone();
      after[out]--;
      after[in]++;
      return model.satisfies(new Composition(after));
    }
  }
}
