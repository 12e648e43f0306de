package eu.cohesion.panel.domain.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * LEXIMIN selection (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels
 * that maximises the smallest selection probability, then the second smallest, and so on. Computed
 * by column generation as in the reference implementation ({@code find_distribution_leximin} of the
 * Sortition Foundation's {@code sortition-algorithms}), on free solvers (OR-Tools: SCIP for the
 * panel MIP, GLOP for the LPs) instead of Gurobi:
 *
 * <ol>
 *   <li>A MIP checks that some panel satisfies all quotas; if none does, a deletion filter over the
 *       quotas finds an irreducible conflicting subset ({@link InfeasibleQuotasException}).
 *   <li>For each candidate not yet in a found panel, a MIP looks for a panel holding them (and as
 *       many other uncovered candidates as possible). A candidate in no panel can never be drawn:
 *       their probability is fixed at 0.
 *   <li>Level by level, the dual of "maximise the minimum probability z of the unfixed candidates,
 *       keeping the fixed ones at their values" is solved over the panels found so far; its
 *       solution {@code y} prices the next panel (the MIP maximising {@code Σ y_i} over its
 *       members). While that panel violates the dual, it is added and the LP solved again. Once no
 *       panel does (within {@value #PRICING_EPS}), the level is optimal over all panels, and every
 *       unfixed candidate with a positive dual weight is at the minimum in every optimal
 *       distribution (complementary slackness): their probability is fixed at z. Pricing first
 *       tries a cheap local search ({@code SwapSearch}: one-for-one swaps from the heaviest known
 *       panels); the MIP only runs when that finds nothing, to prove that nothing is left. Panels
 *       are the LP's columns; between levels (and when it grows past 2n + 200 columns) the LP is
 *       rebuilt on the support of its optimum, so it stays small.
 *   <li>A final LP finds a lottery over the generated panels reproducing the fixed probabilities.
 * </ol>
 *
 * <p>Deterministic: same problem (candidates and quotas in any order) → same distribution. The
 * candidates are indexed by ascending id, the quotas sorted, the solvers single-threaded with fixed
 * parameters. Thread-safe: an instance holds only its time limit; each call builds its own solvers.
 */
public final class Leximin {

  /** Names the algorithm and solver version, recorded with each draw. */
  public static final String ALGORITHM_VERSION = "leximin-1/ortools-9.14.6206";

  /**
   * A priced panel must beat the LP's bound by this much to count as new; above GLOP's feasibility
   * tolerance (1e-8 by default), far below the 1e-6 the probabilities are held to.
   */
  static final double PRICING_EPS = 1e-7;

  /**
   * A dual weight above this fixes its candidate. Fixing too many would be wrong (a probability
   * held below its optimum); fixing too few only costs another round, so it errs high.
   */
  static final double FIX_EPS = 1e-6;

  /** Panels lighter than this in the final lottery are dropped (numerical noise of the LP). */
  static final double MIN_PANEL_PROBABILITY = 1e-10;

  /** The longest a solve may take; {@code null}: no limit. */
  private final Duration timeLimit;

  /** Without a time limit. */
  public Leximin() {
    this(null);
  }

  /**
   * @param timeLimit the longest one {@link #solve} may take before it gives up with {@link
   *     TimeLimitExceededException}; {@code null} for none. A solve that ends within it gives the
   *     same distribution as one without a limit.
   */
  public Leximin(Duration timeLimit) {
    this.timeLimit = timeLimit;
  }

  /**
   * @param progress called with phases {@code feasibility}, {@code unreachable}, {@code leximin},
   *     {@code distribution}; {@code null} means {@link SortitionProgress#NONE}
   * @throws InfeasibleQuotasException when no panel satisfies all quotas; it names the conflict
   * @throws TimeLimitExceededException when the time limit passes first
   */
  public Distribution solve(SortitionProblem problem, SortitionProgress progress)
      throws InfeasibleQuotasException {
    SortitionProgress report = progress == null ? SortitionProgress.NONE : progress;
    List<Candidate> candidates = PanelModel.sortedCandidates(problem);
    List<Quota> quotas = PanelModel.sortedQuotas(problem.quotas());
    List<int[]> households = PanelModel.households(candidates, problem.onePerHousehold());
    int n = candidates.size();
    Deadline deadline = Deadline.after(timeLimit);
    try (PanelModel model =
        new PanelModel(candidates, quotas, problem.seats(), households, deadline)) {
      report.step("feasibility", 0, 1);
      if (!model.feasible()) {
        throw Conflicts.find(problem, candidates, quotas, households, report, deadline);
      }
      report.step("feasibility", 1, 1);

      Panels panels = new Panels();
      boolean[] unreachable = cover(model, panels, report);
      double[] fixed = new double[n];
      boolean[] isFixed = unreachable.clone();
      leximin(model, panels, fixed, isFixed, report, deadline);

      report.step("distribution", 0, 1);
      Distribution result = lottery(candidates, panels.list, fixed);
      report.step("distribution", 1, 1);
      return result;
    }
  }

  /** The generated panels, in the order found, without duplicates. */
  private static final class Panels {
    final List<BitSet> list = new ArrayList<>();
    final Set<BitSet> known = new HashSet<>();

    boolean add(BitSet panel) {
      if (known.add(panel)) {
        list.add(panel);
        return true;
      }
      return false;
    }
  }

  /**
   * Finds panels covering every candidate who is in any panel.
   *
   * @return which candidates are in no quota-satisfying panel
   */
  private static boolean[] cover(PanelModel model, Panels panels, SortitionProgress report) {
    int n = model.candidates.size();
    boolean[] covered = new boolean[n];
    boolean[] unreachable = new boolean[n];
    int done = 0;
    report.step("unreachable", 0, n);
    for (int i = 0; i < n; i++) {
      if (covered[i] || unreachable[i]) {
        continue;
      }
      // Candidate i first, then as many still uncovered candidates as fit: few MIPs cover all.
      double[] weights = new double[n];
      for (int j = 0; j < n; j++) {
        weights[j] = covered[j] || unreachable[j] ? 0 : 1;
      }
      weights[i] = n + 1.0;
      BitSet panel = model.maximise(weights);
      if (!panel.get(i)) {
        unreachable[i] = true;
        done++;
      }
      panels.add(panel);
      for (int j = panel.nextSetBit(0); j >= 0; j = panel.nextSetBit(j + 1)) {
        if (!covered[j]) {
          covered[j] = true;
          done++;
        }
      }
      report.step("unreachable", done, n);
    }
    report.step("unreachable", n, n);
    return unreachable;
  }

  /**
   * Fixes every candidate's LEXIMIN probability into {@code fixed}. On return {@code panels} holds
   * the support of the last optimal LP: a lottery over them reaches every fixed probability.
   */
  private static void leximin(
      PanelModel model,
      Panels panels,
      double[] fixed,
      boolean[] isFixed,
      SortitionProgress report,
      Deadline deadline) {
    int n = fixed.length;
    SwapSearch swaps = new SwapSearch(model, model.households());
    RestrictedLp lp = new RestrictedLp(fixed, isFixed, panels.list);
    try {
      int fixedCount = count(isFixed);
      report.step("leximin", fixedCount, n);
      double relax = 1e-9;
      while (fixedCount < n) {
        deadline.check();
        if (!lp.solve()) {
          // Rounding can leave the fixed probabilities a hair above what the panels allow:
          // lower them all slightly, as the reference implementation does, and try again.
          for (int i = 0; i < n; i++) {
            if (isFixed[i] && fixed[i] > 0) {
              fixed[i] = Math.max(0, fixed[i] - relax);
            }
          }
          relax *= 10;
          if (relax > 1e-3) {
            throw new IllegalStateException("the LEXIMIN LP stays infeasible");
          }
          lp = lp.rebuild(fixed, isFixed, lp.columns);
          continue;
        }
        double[] weights = lp.weights();
        if (weights == null) {
          // z sits at its bound 1 and the dual puts no weight on the unfixed: each of them is in
          // every panel of the optimum, the most a probability can be. Pricing with these
          // weights would divide by 0: with NaN weights SCIP searched for hours (500/75).
          for (int i = 0; i < n; i++) {
            if (!isFixed[i]) {
              isFixed[i] = true;
              fixed[i] = 1;
            }
          }
          fixedCount = n;
          report.step("leximin", fixedCount, n);
          break;
        }
        // A panel P is priced out unless Σ_{i∈P} y_i exceeds the dual's cap.
        double threshold = lp.cap() + PRICING_EPS;
        List<BitSet> cheap = swaps.improving(weights, threshold, lp.columns, lp.inLp);
        if (!cheap.isEmpty()) {
          if (lp.columns.size() + cheap.size() > 2 * n + 200) {
            // Keep the LP small: the optimum so far lives on its support.
            List<BitSet> keep = lp.support();
            keep.addAll(cheap);
            lp = lp.rebuild(fixed, isFixed, keep);
          } else {
            cheap.forEach(lp::add);
          }
          continue;
        }
        BitSet best = model.maximiseRoughly(weights);
        if (!(SwapSearch.weight(weights, best) > threshold) || lp.inLp.contains(best)) {
          best = model.maximise(weights);
        }
        if (SwapSearch.weight(weights, best) > threshold && !lp.inLp.contains(best)) {
          lp.add(best);
          continue;
        }
        // Optimal over all panels: the unfixed with positive weight are at the level in every
        // optimal distribution.
        double level = Math.max(0, Math.min(1, lp.level()));
        int argmax = -1;
        List<Integer> atLevel = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (!isFixed[i]) {
            if (weights[i] > FIX_EPS) {
              atLevel.add(i);
            }
            if (argmax < 0 || weights[i] > weights[argmax]) {
              argmax = i;
            }
          }
        }
        if (atLevel.isEmpty()) {
          atLevel.add(argmax);
        }
        for (int i : atLevel) {
          isFixed[i] = true;
          fixed[i] = level;
        }
        fixedCount += atLevel.size();
        report.step("leximin", fixedCount, n);
        lp = lp.rebuild(fixed, isFixed, lp.support());
      }
      panels.list.clear();
      panels.known.clear();
      lp.columns.forEach(panels::add);
    } finally {
      lp.close();
    }
  }

  /**
   * max z s.t. Σ_{P∋i} x_P ≥ z (i unfixed), Σ_{P∋i} x_P ≥ fixed_i (i fixed), Σ_P x_P ≤ 1, x ≥ 0,
   * over a set of panels (the columns).
   */
  private static final class RestrictedLp implements AutoCloseable {
    final List<BitSet> columns = new ArrayList<>();
    final Set<BitSet> inLp = new HashSet<>();
    private final List<MPVariable> x = new ArrayList<>();
    private final MPSolver lp;
    private final MPVariable z;
    private final MPConstraint[] reach;
    private final MPConstraint total;
    private final double[] fixed;
    private final boolean[] isFixed;

    RestrictedLp(double[] fixed, boolean[] isFixed, List<BitSet> panels) {
      this.fixed = fixed;
      this.isFixed = isFixed;
      int n = fixed.length;
      lp = MPSolver.createSolver("GLOP");
      lp.suppressOutput();
      z = lp.makeNumVar(0, 1, "z");
      reach = new MPConstraint[n];
      for (int i = 0; i < n; i++) {
        reach[i] = lp.makeConstraint(isFixed[i] ? fixed[i] : 0, MPSolver.infinity(), "p" + i);
        if (!isFixed[i]) {
          reach[i].setCoefficient(z, -1);
        }
      }
      total = lp.makeConstraint(-MPSolver.infinity(), 1, "total");
      lp.objective().setCoefficient(z, 1);
      lp.objective().setMaximization();
      panels.forEach(this::add);
    }

    RestrictedLp rebuild(double[] fixed, boolean[] isFixed, List<BitSet> panels) {
      List<BitSet> keep = new ArrayList<>(panels);
      close();
      return new RestrictedLp(fixed, isFixed, keep);
    }

    void add(BitSet panel) {
      if (!inLp.add(panel)) {
        return;
      }
      columns.add(panel);
      MPVariable v = lp.makeNumVar(0, MPSolver.infinity(), "");
      x.add(v);
      total.setCoefficient(v, 1);
      for (int i = panel.nextSetBit(0); i >= 0; i = panel.nextSetBit(i + 1)) {
        reach[i].setCoefficient(v, 1);
      }
    }

    boolean solve() {
      MPSolver.ResultStatus status = lp.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        // A warm start after many changes can end ABNORMAL: solve once from scratch.
        lp.reset();
        status = lp.solve();
      }
      return status == MPSolver.ResultStatus.OPTIMAL;
    }

    double level() {
      return lp.objective().value();
    }

    /**
     * The dual weights y_i of the probability constraints, scaled so that the unfixed ones sum to 1
     * (dual feasibility for z), whatever the solver's sign convention; {@code null} when they sum
     * to 0, which happens only when z's own bound (1) carries the dual instead.
     */
    double[] weights() {
      double[] y = new double[reach.length];
      double scale = 0;
      for (int i = 0; i < y.length; i++) {
        y[i] = reach[i].dualValue();
        if (!isFixed[i]) {
          scale += y[i];
        }
      }
      if (!(Math.abs(scale) > 1e-12)) {
        return null;
      }
      for (int i = 0; i < y.length; i++) {
        y[i] /= scale;
      }
      return y;
    }

    /** The dual's cap: z + Σ_{i fixed} fixed_i·y_i (LP duality). */
    double cap() {
      double[] y = weights();
      double cap = level();
      for (int i = 0; i < y.length; i++) {
        if (isFixed[i]) {
          cap += fixed[i] * y[i];
        }
      }
      return cap;
    }

    /** The panels with positive weight in the current solution. */
    List<BitSet> support() {
      List<BitSet> out = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        if (x.get(k).solutionValue() > 1e-12) {
          out.add(columns.get(k));
        }
      }
      return out;
    }

    @Override
    public void close() {
      lp.delete();
    }
  }

  /** A lottery over {@code panels} whose selection probabilities reach {@code fixed}. */
  private static Distribution lottery(
      List<Candidate> candidates, List<BitSet> panels, double[] fixed) {
    int n = candidates.size();
    MPSolver lp = MPSolver.createSolver("GLOP");
    double[] weights = new double[panels.size()];
    try {
      lp.suppressOutput();
      MPVariable[] x = new MPVariable[panels.size()];
      MPConstraint sum = lp.makeConstraint(1, 1, "sum");
      MPConstraint[] reach = new MPConstraint[n];
      // Minimising the largest shortfall rather than demanding exact probabilities keeps the LP
      // feasible whatever the rounding of the fixed values.
      MPVariable shortfall = lp.makeNumVar(0, MPSolver.infinity(), "shortfall");
      for (int i = 0; i < n; i++) {
        if (fixed[i] > 0) {
          reach[i] = lp.makeConstraint(fixed[i], MPSolver.infinity(), "p" + i);
          reach[i].setCoefficient(shortfall, 1);
        }
      }
      for (int p = 0; p < panels.size(); p++) {
        x[p] = lp.makeNumVar(0, 1, "x" + p);
        sum.setCoefficient(x[p], 1);
        BitSet panel = panels.get(p);
        for (int i = panel.nextSetBit(0); i >= 0; i = panel.nextSetBit(i + 1)) {
          if (reach[i] != null) {
            reach[i].setCoefficient(x[p], 1);
          }
        }
      }
      lp.objective().setCoefficient(shortfall, 1);
      lp.objective().setMinimization();
      MPSolver.ResultStatus status = lp.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        throw new IllegalStateException("the final lottery LP failed: " + status);
      }
      for (int p = 0; p < panels.size(); p++) {
        weights[p] = Math.max(0, x[p].solutionValue());
      }
    } finally {
      lp.delete();
    }
    double total = 0;
    for (double w : weights) {
      if (w >= MIN_PANEL_PROBABILITY) {
        total += w;
      }
    }
    List<WeightedPanel> drawn = new ArrayList<>();
    Map<String, Double> probabilities = new HashMap<>();
    for (Candidate c : candidates) {
      probabilities.put(c.id(), 0.0);
    }
    for (int p = 0; p < panels.size(); p++) {
      if (weights[p] < MIN_PANEL_PROBABILITY) {
        continue;
      }
      double probability = weights[p] / total;
      BitSet panel = panels.get(p);
      List<String> ids =
          panel.stream().mapToObj(i -> candidates.get(i).id()).collect(Collectors.toList());
      drawn.add(new WeightedPanel(ids, probability));
      for (String id : ids) {
        probabilities.merge(id, probability, Double::sum);
      }
    }
    return new Distribution(drawn, probabilities, ALGORITHM_VERSION);
  }

  private static int count(boolean[] flags) {
    int c = 0;
    for (boolean f : flags) {
      if (f) {
        c++;
      }
    }
    return c;
  }
}
