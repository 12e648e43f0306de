package eu.cohesion.bench.sortition;

import eu.cohesion.panel.domain.sortition.Candidate;
import eu.cohesion.panel.domain.sortition.Distribution;
import eu.cohesion.panel.domain.sortition.Leximin;
import eu.cohesion.panel.domain.sortition.Quota;
import eu.cohesion.panel.domain.sortition.SortitionProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * LEXIMIN against the legacy greedy draw on generated pools of 150 candidates / 22 seats and
 * 500 / 75, four features each. See bench/README.md, section "Sortition".
 */
public final class SortitionBench {

  /** A feature: its values, the town's population shares (quotas) and the pool's (who applies). */
  record Feature(String name, String[] values, double[] population, double[] pool) {}

  // Volunteer pools are skewed against the population: older, more female, central
  // neighbourhoods and citizens over-represented. Quotas follow the population.
  static final List<Feature> FEATURES =
      List.of(
          new Feature(
              "gender",
              new String[] {"female", "male", "non-binary"},
              new double[] {0.51, 0.47, 0.02},
              new double[] {0.56, 0.41, 0.03}),
          new Feature(
              "age",
              new String[] {"16-29", "30-44", "45-64", "65+"},
              new double[] {0.20, 0.26, 0.32, 0.22},
              new double[] {0.13, 0.22, 0.37, 0.28}),
          new Feature(
              "neighbourhood",
              new String[] {"centre", "north", "east", "south", "west", "harbour"},
              new double[] {0.24, 0.20, 0.18, 0.15, 0.13, 0.10},
              new double[] {0.33, 0.22, 0.16, 0.12, 0.10, 0.07}),
          new Feature(
              "category",
              new String[] {"citizen", "civil-society", "business", "public-authority"},
              new double[] {0.55, 0.20, 0.15, 0.10},
              new double[] {0.63, 0.19, 0.10, 0.08}));

  public static void main(String[] args) {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long t0 = System.nanoTime();
    // Natives load once per JVM (about half a second); not part of a solve.
    com.google.ortools.Loader.loadNativeLibraries();
    System.out.printf(
        Locale.ROOT, "OR-Tools natives loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "Java %s, %d CPUs, %s%n%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        Leximin.ALGORITHM_VERSION);
    System.out.println(
        "| pool | quotas | LEXIMIN wall time (CPU), 1st run / 2nd run | LEXIMIN min p | panels | legacy greedy:"
            + " draws, time | legacy min p (never drawn) | equal share k/n |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    run(150, 22, 20261202L, draws);
    run(500, 75, 20261203L, draws);
  }

  static void run(int n, int seats, long seed, int draws) {
    SortitionProblem problem = pool(n, seats, seed);
    Leximin leximin = new Leximin();
    long a = System.nanoTime();
    double cpu0 = processCpu();
    Distribution d = leximin.solve(problem, (phase, done, total) -> {});
    double first = (System.nanoTime() - a) / 1e9;
    double firstCpu = processCpu() - cpu0;
    a = System.nanoTime();
    Distribution again = leximin.solve(problem, (phase, done, total) -> {});
    double second = (System.nanoTime() - a) / 1e9;
    if (!again.equals(d)) {
      throw new IllegalStateException("LEXIMIN is not deterministic");
    }
    double min = d.selectionProbabilities().values().stream().mapToDouble(x -> x).min().orElse(0);
    long atMin =
        d.selectionProbabilities().values().stream().filter(x -> x < min + 1e-6).count();

    a = System.nanoTime();
    Map<String, Integer> counts = new HashMap<>();
    problem.candidates().forEach(c -> counts.put(c.id(), 0));
    SplittableRandom random = new SplittableRandom(seed);
    int attempts = 0;
    for (int i = 0; i < draws; i++) {
      List<String> panel;
      do {
        attempts++;
        panel = legacyGreedy(problem, random);
      } while (panel == null);
      panel.forEach(id -> counts.merge(id, 1, Integer::sum));
    }
    double greedyTime = (System.nanoTime() - a) / 1e9;
    int minCount = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    long never = counts.values().stream().filter(c -> c == 0).count();

    System.out.printf(
        Locale.ROOT,
        "| %d / %d | %d | %.1f s (CPU %.1f s) / %.1f s | **%.4f** (%d at it) | %d | %d (%d attempts), %.2f s |"
            + " %.4f (%d) | %.4f |%n",
        n,
        seats,
        problem.quotas().size(),
        first,
        firstCpu,
        second,
        min,
        atMin,
        d.compositions().size(),
        draws,
        attempts,
        greedyTime,
        (double) minCount / draws,
        never,
        (double) seats / n);
  }

  /** CPU seconds of this JVM so far (all threads): less sensitive to a busy machine than wall. */
  static double processCpu() {
    return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /** A deterministic pool: values drawn from the pool shares, quotas from the population's. */
  static SortitionProblem pool(int n, int seats, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<String, String> features = new LinkedHashMap<>();
      for (Feature f : FEATURES) {
        features.put(f.name(), f.values()[pick(f.pool(), random)]);
      }
      // Few officials or business people under 30: draw their age once more.
      if (!features.get("category").equals("citizen") && features.get("age").equals("16-29")) {
        features.put("age", FEATURES.get(1).values()[pick(FEATURES.get(1).pool(), random)]);
      }
      candidates.add(new Candidate(String.format(Locale.ROOT, "p%04d", i), features, null));
    }
    // One seat of slack per 20 seats, at least one, around the population's share.
    int slack = Math.max(1, Math.round(seats / 20f));
    List<Quota> quotas = new ArrayList<>();
    for (Feature f : FEATURES) {
      for (int v = 0; v < f.values().length; v++) {
        double share = f.population()[v] * seats;
        int min = Math.max(0, (int) Math.floor(share) - slack);
        int max = Math.min(seats, (int) Math.ceil(share) + slack);
        quotas.add(new Quota(f.name(), f.values()[v], min, max));
      }
    }
    return new SortitionProblem(candidates, quotas, seats, false);
  }

  private static int pick(double[] shares, SplittableRandom random) {
    double r = random.nextDouble();
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      sum += shares[i];
      if (r < sum) {
        return i;
      }
    }
    return shares.length - 1;
  }

  /**
   * One attempt of the Sortition Foundation's legacy greedy algorithm: repeatedly take the
   * feature value that most urgently needs people ((min − selected) / remaining), seat a random
   * remaining person holding it, and drop everyone of a value that reached its max. Candidates
   * are kept in the pool's order and counted per quota incrementally, so that thousands of
   * attempts on 500 candidates take seconds.
   *
   * @return the panel, or {@code null} when this attempt ran into a dead end or broke a quota
   */
  static List<String> legacyGreedy(SortitionProblem p, SplittableRandom random) {
    List<Candidate> candidates = p.candidates();
    List<Quota> quotas = p.quotas();
    int n = candidates.size();
    int q = quotas.size();
    boolean[][] holds = new boolean[n][q];
    boolean[] alive = new boolean[n];
    int[] left = new int[q];
    int[] selected = new int[q];
    for (int i = 0; i < n; i++) {
      alive[i] = true;
      for (int k = 0; k < q; k++) {
        holds[i][k] = quotas.get(k).counts(candidates.get(i));
        if (holds[i][k] && quotas.get(k).max() == 0) {
          alive[i] = false;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < q; k++) {
        if (alive[i] && holds[i][k]) {
          left[k]++;
        }
      }
    }
    List<String> panel = new ArrayList<>();
    int[] holders = new int[n];
    for (int seat = 0; seat < p.seats(); seat++) {
      int urgent = -1;
      double best = -100;
      for (int k = 0; k < q; k++) {
        if (left[k] < quotas.get(k).min() - selected[k]) {
          return null;
        }
        if (left[k] == 0) {
          continue;
        }
        double ratio = (quotas.get(k).min() - selected[k]) / (double) left[k];
        if (ratio > best) {
          best = ratio;
          urgent = k;
        }
      }
      if (urgent < 0) {
        return null;
      }
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (alive[i] && holds[i][urgent]) {
          holders[count++] = i;
        }
      }
      int chosen = holders[random.nextInt(count)];
      panel.add(candidates.get(chosen).id());
      drop(chosen, alive, holds, left);
      for (int k = 0; k < q; k++) {
        if (holds[chosen][k]) {
          selected[k]++;
          if (selected[k] == quotas.get(k).max()) {
            for (int i = 0; i < n; i++) {
              if (alive[i] && holds[i][k]) {
                drop(i, alive, holds, left);
              }
            }
          }
        }
      }
    }
    for (int k = 0; k < q; k++) {
      if (selected[k] < quotas.get(k).min() || selected[k] > quotas.get(k).max()) {
        return null;
      }
    }
    return panel;
  }

  private static void drop(int i, boolean[] alive, boolean[][] holds, int[] left) {
    alive[i] = false;
    for (int k = 0; k < left.length; k++) {
      if (holds[i][k]) {
        left[k]--;
      }
    }
  }
}
