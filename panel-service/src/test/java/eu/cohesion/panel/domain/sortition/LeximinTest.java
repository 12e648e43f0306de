package eu.cohesion.panel.domain.sortition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LeximinTest {

  private final Leximin leximin = new Leximin();

  static List<Arguments> smallPools() {
    List<Arguments> pools = new ArrayList<>();
    // seed, candidates, features, seats, one per household
    pools.add(Arguments.of(1L, 8, 2, 3, false));
    pools.add(Arguments.of(2L, 9, 2, 4, false));
    pools.add(Arguments.of(3L, 10, 3, 4, false));
    pools.add(Arguments.of(4L, 10, 2, 5, false));
    pools.add(Arguments.of(5L, 11, 3, 5, false));
    pools.add(Arguments.of(6L, 12, 3, 4, false));
    pools.add(Arguments.of(7L, 12, 2, 5, false));
    pools.add(Arguments.of(8L, 12, 3, 5, false));
    pools.add(Arguments.of(9L, 10, 2, 3, true));
    pools.add(Arguments.of(10L, 12, 3, 4, true));
    pools.add(Arguments.of(11L, 12, 2, 5, true));
    pools.add(Arguments.of(12L, 11, 3, 3, true));
    // Few features for many candidates: large types (many interchangeable candidates).
    pools.add(Arguments.of(13L, 14, 1, 5, false));
    pools.add(Arguments.of(14L, 14, 2, 5, false));
    pools.add(Arguments.of(15L, 13, 2, 4, false));
    // Large types beside housemates (each a type of their own).
    pools.add(Arguments.of(16L, 14, 1, 4, true));
    pools.add(Arguments.of(17L, 14, 2, 5, true));
    return pools;
  }

  @ParameterizedTest(name = "pool {0}: {1} candidates, {2} features, {3} seats, households {4}")
  @MethodSource("smallPools")
  void probabilitiesEqualTheExactOptimumOverAllPanels(
      long seed, int n, int features, int seats, boolean households) {
    SortitionProblem problem = feasiblePool(seed, n, features, seats, households);

    Distribution d = leximin.solve(problem, SortitionProgress.NONE);
    Map<String, Double> exact = BruteForceLeximin.probabilities(problem);

    for (Candidate c : problem.candidates()) {
      assertEquals(
          exact.get(c.id()),
          d.selectionProbabilities().get(c.id()),
          1e-6,
          "probability of " + c.id() + " in pool " + seed);
    }
    assertWellFormed(problem, d);
  }

  @Test
  void candidatesInNoPanelGetZeroAndTheOthersShareTheSeats() {
    // Nobody with f0=v1 may sit, so c00 and c01 are in no panel.
    List<Candidate> pool = eightWithTwoOfF0V1();
    SortitionProblem problem =
        new SortitionProblem(pool, List.of(new Quota("f0", "v1", 0, 0)), 3, false);

    Distribution d = leximin.solve(problem, SortitionProgress.NONE);

    assertEquals(0.0, d.selectionProbabilities().get("c00"));
    assertEquals(0.0, d.selectionProbabilities().get("c01"));
    for (int i = 2; i < 8; i++) {
      assertEquals(0.5, d.selectionProbabilities().get(String.format("c%02d", i)), 1e-9);
    }
    assertWellFormed(problem, d);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void candidatesEveryPanelMustHoldGetOneAndTheLastLevelEnds() {
    // Both f0=v1 candidates must sit: the last level leaves them alone at probability 1. When
    // the LP's dual then puts its weight on z's bound instead of on them, the level must end
    // without pricing (it once priced with NaN weights, and SCIP never returned on 500/75).
    List<Candidate> pool = eightWithTwoOfF0V1();
    SortitionProblem problem =
        new SortitionProblem(pool, List.of(new Quota("f0", "v1", 2, 2)), 3, false);

    Distribution d = leximin.solve(problem, SortitionProgress.NONE);

    assertEquals(1.0, d.selectionProbabilities().get("c00"), 1e-9);
    assertEquals(1.0, d.selectionProbabilities().get("c01"), 1e-9);
    for (int i = 2; i < 8; i++) {
      assertEquals(1.0 / 6, d.selectionProbabilities().get(String.format("c%02d", i)), 1e-9);
    }
    assertWellFormed(problem, d);
  }

  @Test
  void infeasibleQuotasAreNamedWithoutTheUninvolvedOnes() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(candidate("c" + i, i % 2 == 0 ? "female" : "male", i < 5 ? "young" : "old", null));
    }
    Quota female = new Quota("gender", "female", 3, 5);
    Quota male = new Quota("gender", "male", 3, 5);
    Quota young = new Quota("age", "young", 0, 5);
    SortitionProblem problem = new SortitionProblem(pool, List.of(young, female, male), 5, false);

    InfeasibleQuotasException e =
        assertThrows(
            InfeasibleQuotasException.class, () -> leximin.solve(problem, SortitionProgress.NONE));

    assertEquals(List.of(female, male), e.conflicting());
    assertTrue(e.getMessage().contains("gender=female [3..5]"), e.getMessage());
  }

  @Test
  void aQuotaThePoolCannotFillIsNamedAlone() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(candidate("c" + i, i < 2 ? "female" : "male", "young", null));
    }
    Quota female = new Quota("gender", "female", 3, 5);
    SortitionProblem problem =
        new SortitionProblem(
            pool,
            List.of(new Quota("gender", "male", 0, 5), female, new Quota("age", "young", 0, 5)),
            5,
            false);

    InfeasibleQuotasException e =
        assertThrows(
            InfeasibleQuotasException.class, () -> leximin.solve(problem, SortitionProgress.NONE));

    assertEquals(List.of(female), e.conflicting());
  }

  @Test
  void tooFewHouseholdsNameNoQuota() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pool.add(candidate("c" + i, "female", "young", "h" + (i / 3)));
    }
    SortitionProblem problem = new SortitionProblem(pool, List.of(), 3, true);

    InfeasibleQuotasException e =
        assertThrows(
            InfeasibleQuotasException.class, () -> leximin.solve(problem, SortitionProgress.NONE));

    assertEquals(List.of(), e.conflicting());
  }

  @Test
  void housematesNeverSitTogetherAndShareTheirHouseholdsChance() {
    // c0..c3 live together, c4..c7 alone; 3 seats. The household holds at most one seat, so the
    // fairest lottery always seats one housemate (1/4 each) and two of the four others (1/2 each).
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pool.add(candidate("c" + i, "x", "y", i < 4 ? "together" : null));
    }
    SortitionProblem problem = new SortitionProblem(pool, List.of(), 3, true);

    Distribution d = leximin.solve(problem, SortitionProgress.NONE);

    for (long seed = 0; seed < 500; seed++) {
      long housemates = d.sample(seed).stream().filter(id -> id.compareTo("c4") < 0).count();
      assertTrue(housemates <= 1, "housemates together, seed " + seed);
    }
    for (int i = 0; i < 8; i++) {
      assertEquals(i < 4 ? 0.25 : 0.5, d.selectionProbabilities().get("c" + i), 1e-6, "c" + i);
    }
    assertWellFormed(problem, d);
  }

  @Test
  void theSameProblemInAnyOrderGivesTheSameDistribution() {
    SortitionProblem problem = feasiblePool(21, 12, 3, 5, false);
    List<Candidate> shuffled = new ArrayList<>(problem.candidates());
    Collections.shuffle(shuffled, new Random(7));
    List<Quota> quotas = new ArrayList<>(problem.quotas());
    Collections.reverse(quotas);
    SortitionProblem reordered =
        new SortitionProblem(shuffled, quotas, problem.seats(), problem.onePerHousehold());

    Distribution a = leximin.solve(problem, SortitionProgress.NONE);
    Distribution b = leximin.solve(reordered, SortitionProgress.NONE);

    assertEquals(a, b);
    assertEquals(Leximin.ALGORITHM_VERSION, a.algorithmVersion());
  }

  @Test
  void aSeedAlwaysDrawsTheSameQuotaSatisfyingPanel() {
    SortitionProblem problem = feasiblePool(22, 12, 3, 5, true);
    Distribution d = leximin.solve(problem, SortitionProgress.NONE);

    Map<String, Integer> drawn = new HashMap<>();
    int draws = 4000;
    for (long seed = 0; seed < draws; seed++) {
      List<String> panel = d.sample(seed);
      assertEquals(panel, d.sample(seed));
      assertTrue(Pools.satisfies(problem, panel), "seed " + seed + " drew " + panel);
      panel.forEach(id -> drawn.merge(id, 1, Integer::sum));
    }
    // The sampler follows the lottery: each candidate is drawn about as often as their
    // probability says (five standard errors of 4000 draws at most 0.04).
    d.selectionProbabilities()
        .forEach(
            (id, p) ->
                assertEquals(
                    p, drawn.getOrDefault(id, 0) / (double) draws, 0.04, "share of " + id));
  }

  @Test
  void candidatesCountedByTheSameQuotasFormOneTypeAndHousematesStayAlone() {
    // c0..c5 are female, c6..c9 male; c0..c3 share a household.
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      pool.add(candidate("c" + i, i < 6 ? "female" : "male", "young", i < 4 ? "h" : null));
    }
    SortitionProblem problem =
        new SortitionProblem(
            pool,
            List.of(new Quota("gender", "female", 2, 2), new Quota("gender", "male", 2, 2)),
            4,
            true);

    Distribution d = leximin.solve(problem, SortitionProgress.NONE);

    assertEquals(
        List.of(
            List.of("c0"),
            List.of("c1"),
            List.of("c2"),
            List.of("c3"),
            List.of("c4", "c5"),
            List.of("c6", "c7", "c8", "c9")),
        d.types());
    // The household holds at most one of the two female seats: 1/4 for each housemate, the
    // other seat and the rest of the first go to c4 and c5 (1/2 each); two male seats among four
    // men: 1/2.
    for (int i = 0; i < 4; i++) {
      assertEquals(0.25, d.selectionProbabilities().get("c" + i), 1e-6);
    }
    for (int i = 4; i < 6; i++) {
      assertEquals(0.5, d.selectionProbabilities().get("c" + i), 1e-6);
    }
    for (int i = 6; i < 10; i++) {
      assertEquals(0.5, d.selectionProbabilities().get("c" + i), 1e-6);
    }
    assertWellFormed(problem, d);
  }

  @Test
  void progressReachesTheEndOfEachPhase() {
    SortitionProblem problem = feasiblePool(23, 10, 2, 4, false);
    List<String> seen = new ArrayList<>();
    leximin.solve(
        problem,
        (phase, done, total) -> {
          assertTrue(done <= total, phase + " " + done + "/" + total);
          if (done == total) {
            seen.add(phase);
          }
        });

    assertTrue(seen.containsAll(List.of("feasibility", "unreachable", "leximin", "distribution")));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aSolvePastItsTimeLimitGivesUpInsteadOfRunningOn() {
    // The limit has passed by the first check, whatever the machine's speed. A limit of 20 ms
    // was not enough: on a fast moment this 120-candidate solve ended inside it (29 ms).
    SortitionProblem problem = Pools.random(31, 120, 4, 20, false);
    Duration limit = Duration.ofNanos(1);

    long start = System.nanoTime();
    TimeLimitExceededException e =
        assertThrows(
            TimeLimitExceededException.class,
            () -> new Leximin(limit).solve(problem, SortitionProgress.NONE));

    assertEquals(limit, e.limit());
    // It stops at the next check, not at the end of the computation.
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(10)) < 0);
  }

  @Test
  void aSolveWithinItsTimeLimitGivesTheDistributionOfOneWithout() {
    SortitionProblem problem = feasiblePool(24, 12, 3, 5, true);

    assertEquals(
        leximin.solve(problem, SortitionProgress.NONE),
        new Leximin(Duration.ofMinutes(5)).solve(problem, SortitionProgress.NONE));
  }

  /** The pool of this seed, or the next seed's, until its quotas admit a panel. */
  static SortitionProblem feasiblePool(
      long seed, int n, int features, int seats, boolean households) {
    for (long s = seed; ; s += 1000) {
      SortitionProblem p = Pools.random(s, n, features, seats, households);
      if (!Pools.allPanels(p).isEmpty()) {
        return p;
      }
    }
  }

  static void assertWellFormed(SortitionProblem problem, Distribution d) {
    List<String> everyone = d.types().stream().flatMap(List::stream).sorted().toList();
    assertEquals(
        problem.candidates().stream().map(Candidate::id).sorted().toList(),
        everyone,
        "the types partition the pool");
    Map<String, Double> expected = new HashMap<>();
    double total = 0;
    for (WeightedComposition c : d.compositions()) {
      // Members of a type are interchangeable: any k of each type make the same panel.
      List<String> panel = new ArrayList<>();
      for (int t = 0; t < d.types().size(); t++) {
        List<String> members = d.types().get(t);
        int k = c.seats().get(t);
        panel.addAll(members.subList(0, k));
        members.forEach(
            id -> expected.merge(id, c.probability() * k / members.size(), Double::sum));
      }
      assertTrue(Pools.satisfies(problem, panel), "not a panel: " + c);
      assertTrue(c.probability() > 0);
      total += c.probability();
    }
    assertEquals(1.0, total, 1e-9);
    assertEquals(problem.candidates().size(), d.selectionProbabilities().size());
    d.selectionProbabilities()
        .forEach((id, p) -> assertEquals(expected.get(id), p, 1e-9, "probability of " + id));
    double seats =
        d.selectionProbabilities().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(problem.seats(), seats, 1e-6);
  }

  /** c00 … c07, where c00 and c01 alone have f0=v1. */
  private static List<Candidate> eightWithTwoOfF0V1() {
    List<Candidate> pool = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pool.add(candidate(String.format("c%02d", i), i < 2 ? "v1" : "v0", "x", null));
    }
    return pool;
  }

  private static Candidate candidate(String id, String gender, String age, String household) {
    return new Candidate(
        id,
        Map.of("gender", gender, "age", age, "f0", gender.equals("v1") ? "v1" : "v0"),
        household);
  }
}
