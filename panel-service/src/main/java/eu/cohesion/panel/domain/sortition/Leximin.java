package eu.cohesion.panel.domain.sortition;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LEXIMIN selection (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels
 * that maximises the smallest selection probability, then the second smallest, and so on. Computed
 * by column generation as in the reference implementation ({@code find_distribution_leximin} of the
 * Sortition Foundation's {@code sortition-algorithms}), on free solvers (OR-Tools: SCIP for the
 * panel MIP, GLOP for the LPs) instead of Gurobi, and over candidate <b>types</b> instead of
 * persons:
 *
 * <ol>
 *   <li>Candidates counted by the same quotas (and sharing no household with anyone) are
 *       interchangeable: the LEXIMIN optimum is unique and symmetric, so it gives them equal
 *       probabilities, and it is the optimum over <i>compositions</i> (seats per type) with a
 *       member's probability E[seats of their type] / size of their type ({@link CandidateTypes}).
 *       The LPs get one row per type and the MIP one integer variable per type.
 *   <li>A MIP checks that some panel satisfies all quotas; if none does, a deletion filter over the
 *       quotas finds an irreducible conflicting subset ({@link InfeasibleQuotasException}).
 *   <li>For each type not yet in a found composition, a MIP looks for a composition holding it (and
 *       as many seats of other uncovered types as possible). A type in no composition can never be
 *       drawn: its probability is fixed at 0.
 *   <li>Level by level, the dual of "maximise the minimum probability z of the unfixed types,
 *       keeping the fixed ones at their values" is solved over the compositions found so far; its
 *       solution {@code y} prices the next composition (the MIP maximising {@code Σ y_t·seats_t /
 *       size_t}). While that composition violates the dual, it is added and the LP solved again.
 *       Once none does (within {@value #PRICING_EPS}), the level is optimal over all panels, and
 *       every unfixed type with a positive dual weight is at the minimum in every optimal
 *       distribution (complementary slackness): its probability is fixed at z. Pricing first tries
 *       a cheap local search ({@code SwapSearch}: single seat moves from the heaviest known
 *       compositions); the MIP only runs when that finds nothing, to prove that nothing is left.
 *       Compositions are the LP's columns; between levels (and when it grows past 2T + 200 columns
 *       for T types) the LP is rebuilt on the support of its optimum, so it stays small.
 *   <li>A final LP finds a lottery over the generated compositions reproducing the fixed
 *       probabilities; {@link Distribution#sample} draws a composition, then each type's members by
 *       systematic sampling.
 * </ol>
 *
 * <p>Deterministic: same problem (candidates and quotas in any order) → same distribution. The
 * candidates are indexed by ascending id, the quotas sorted, the types numbered by their first
 * member, the solvers single-threaded with fixed parameters. Thread-safe: an instance holds only
 * its time limit; each call builds its own solvers.
 */
public final class Leximin {

  /** Names the algorithm and solver version, recorded with each draw. */
  public static final String ALGORITHM_VERSION = "leximin-2/ortools-9.14.6206";

  /**
   * A priced composition must beat the LP's bound by this much to count as new; above GLOP's
   * feasibility tolerance (1e-8 by default), far below the 1e-6 the probabilities are held to.
   */
  static final double PRICING_EPS = 1e-7;

  /**
   * A dual weight above this fixes its type. Fixing too many would be wrong (a probability held
   * below its optimum); fixing too few only costs another round, so it errs high.
   */
  static final double FIX_EPS = 1e-6;

  /** Compositions lighter than this in the final lottery are dropped (numerical noise). */
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
   *     {@code distribution}; {@code null} means {@link SortitionProgress#NONE}. In {@code
   *     unreachable} and {@code leximin} it counts candidates (those of the types covered or
   *     fixed).
   * @throws InfeasibleQuotasException when no panel satisfies all quotas; it names the conflict
   * @throws TimeLimitExceededException when the time limit passes first
   */
  public Distribution solve(SortitionProblem problem, SortitionProgress progress)
      throws InfeasibleQuotasException {
    SortitionProgress report = progress == null ? SortitionProgress.NONE : progress;
    List<Candidate> candidates = PanelModel.sortedCandidates(problem);
    List<Quota> quotas = PanelModel.sortedQuotas(problem.quotas());
    List<int[]> households = PanelModel.households(candidates, problem.onePerHousehold());
    CandidateTypes types = CandidateTypes.of(candidates, quotas, households);
    Deadline deadline = Deadline.after(timeLimit);
    try (PanelModel model = new PanelModel(types, quotas, problem.seats(), deadline)) {
      report.step("feasibility", 0, 1);
      if (!model.feasible()) {
        throw Conflicts.find(problem, types, quotas, report, deadline);
      }
      report.step("feasibility", 1, 1);

      Progress counter = new Progress(types, report);
      List<Composition> panels = new ArrayList<>();
      boolean[] unreachable = cover(model, panels, counter);
      double[] fixed = new double[types.count()];
      boolean[] isFixed = unreachable.clone();
      panels = leximin(model, panels, fixed, isFixed, counter, deadline);

      report.step("distribution", 0, 1);
      Distribution result = lottery(types, panels, fixed);
      report.step("distribution", 1, 1);
      return result;
    }
  }

  /** Reports a phase in candidates while the algorithm counts types. */
  private static final class Progress {
    private final CandidateTypes types;
    private final SortitionProgress report;
    private final int n;

    Progress(CandidateTypes types, SortitionProgress report) {
      this.types = types;
      this.report = report;
      this.n = types.candidates.size();
    }

    void step(String phase, boolean[] done) {
      int candidates = 0;
      for (int t = 0; t < done.length; t++) {
        if (done[t]) {
          candidates += types.size(t);
        }
      }
      report.step(phase, candidates, n);
    }
  }

  /**
   * Finds compositions covering every type that is in any panel.
   *
   * @return which types are in no quota-satisfying panel
   */
  private static boolean[] cover(PanelModel model, List<Composition> panels, Progress report) {
    int n = model.types.count();
    boolean[] covered = new boolean[n];
    boolean[] unreachable = new boolean[n];
    boolean[] done = new boolean[n];
    Set<Composition> known = new HashSet<>();
    report.step("unreachable", done);
    for (int t = 0; t < n; t++) {
      if (covered[t] || unreachable[t]) {
        continue;
      }
      // Type t first, then as many seats of still uncovered types as fit: few MIPs cover all.
      double[] weights = new double[n];
      for (int j = 0; j < n; j++) {
        weights[j] = covered[j] || unreachable[j] ? 0 : 1.0 / model.types.size(j);
      }
      weights[t] = n + 1.0;
      Composition panel = model.maximise(weights);
      if (panel.seats(t) == 0) {
        unreachable[t] = true;
        done[t] = true;
      }
      if (known.add(panel)) {
        panels.add(panel);
      }
      for (int j = 0; j < n; j++) {
        if (panel.seats(j) > 0) {
          covered[j] = true;
          done[j] = true;
        }
      }
      report.step("unreachable", done);
    }
    return unreachable;
  }

  /**
   * Fixes every type's LEXIMIN probability into {@code fixed}.
   *
   * @return the support of the last optimal LP: a lottery over them reaches every fixed probability
   */
  private static List<Composition> leximin(
      PanelModel model,
      List<Composition> panels,
      double[] fixed,
      boolean[] isFixed,
      Progress report,
      Deadline deadline) {
    int n = fixed.length;
    double[] size = new double[n];
    for (int t = 0; t < n; t++) {
      size[t] = model.types.size(t);
    }
    SwapSearch swaps = new SwapSearch(model);
    RestrictedLp lp = new RestrictedLp(size, fixed, isFixed, panels);
    try {
      int fixedCount = count(isFixed);
      report.step("leximin", isFixed);
      double relax = 1e-9;
      while (fixedCount < n) {
        deadline.check();
        if (!lp.solve()) {
          // Rounding can leave the fixed probabilities a hair above what the panels allow:
          // lower them all slightly, as the reference implementation does, and try again.
          for (int t = 0; t < n; t++) {
            if (isFixed[t] && fixed[t] > 0) {
              fixed[t] = Math.max(0, fixed[t] - relax);
            }
          }
          relax *= 10;
          if (relax > 1e-3) {
            throw new IllegalStateException("the LEXIMIN LP stays infeasible");
          }
          lp = lp.rebuild(lp.columns);
          continue;
        }
        double[] y = lp.weights();
        if (y == null) {
          // z sits at its bound 1 and the dual puts no weight on the unfixed: each of them is in
          // every panel of the optimum, the most a probability can be. Pricing with these
          // weights would divide by 0: with NaN weights SCIP searched for hours (500/75).
          for (int t = 0; t < n; t++) {
            if (!isFixed[t]) {
              isFixed[t] = true;
              fixed[t] = 1;
            }
          }
          fixedCount = n;
          report.step("leximin", isFixed);
          break;
        }
        // A composition C is priced out unless Σ_t y_t·C_t / size_t exceeds the dual's cap.
        double[] perSeat = new double[n];
        for (int t = 0; t < n; t++) {
          perSeat[t] = y[t] / size[t];
        }
        double threshold = lp.cap(y) + PRICING_EPS;
        List<Composition> cheap = swaps.improving(perSeat, threshold, lp.columns, lp.inLp);
        if (!cheap.isEmpty()) {
          if (lp.columns.size() + cheap.size() > 2 * n + 200) {
            // Keep the LP small: the optimum so far lives on its support.
            List<Composition> keep = lp.support();
            keep.addAll(cheap);
            lp = lp.rebuild(keep);
          } else {
            cheap.forEach(lp::add);
          }
          continue;
        }
        Composition best = model.maximiseRoughly(perSeat);
        if (!(best.weight(perSeat) > threshold) || lp.inLp.contains(best)) {
          best = model.maximise(perSeat);
        }
        if (best.weight(perSeat) > threshold && !lp.inLp.contains(best)) {
          lp.add(best);
          continue;
        }
        // Optimal over all panels: the unfixed with positive weight are at the level in every
        // optimal distribution.
        double level = Math.max(0, Math.min(1, lp.level()));
        int argmax = -1;
        List<Integer> atLevel = new ArrayList<>();
        for (int t = 0; t < n; t++) {
          if (!isFixed[t]) {
            if (y[t] > FIX_EPS) {
              atLevel.add(t);
            }
            if (argmax < 0 || y[t] > y[argmax]) {
              argmax = t;
            }
          }
        }
        if (atLevel.isEmpty()) {
          atLevel.add(argmax);
        }
        for (int t : atLevel) {
          isFixed[t] = true;
          fixed[t] = level;
        }
        fixedCount += atLevel.size();
        report.step("leximin", isFixed);
        lp = lp.rebuild(lp.support());
      }
      return new ArrayList<>(lp.columns);
    } finally {
      lp.close();
    }
  }

  /**
   * max z s.t. Σ_C x_C·C_t/size_t ≥ z (t unfixed), ≥ fixed_t (t fixed), Σ_C x_C ≤ 1, x ≥ 0, over a
   * set of compositions C (the columns).
   */
  private static final class RestrictedLp implements AutoCloseable {
    final List<Composition> columns = new ArrayList<>();
    final Set<Composition> inLp = new HashSet<>();
    private final List<MPVariable> x = new ArrayList<>();
    private final MPSolver lp;
    private final MPConstraint[] reach;
    private final MPConstraint total;
    private final double[] size;
    private final double[] fixed;
    private final boolean[] isFixed;

    RestrictedLp(double[] size, double[] fixed, boolean[] isFixed, List<Composition> panels) {
      this.size = size;
      this.fixed = fixed;
      this.isFixed = isFixed;
      int n = fixed.length;
      lp = MPSolver.createSolver("GLOP");
      lp.suppressOutput();
      MPVariable z = lp.makeNumVar(0, 1, "z");
      reach = new MPConstraint[n];
      for (int t = 0; t < n; t++) {
        reach[t] = lp.makeConstraint(isFixed[t] ? fixed[t] : 0, MPSolver.infinity(), "p" + t);
        if (!isFixed[t]) {
          reach[t].setCoefficient(z, -1);
        }
      }
      total = lp.makeConstraint(-MPSolver.infinity(), 1, "total");
      lp.objective().setCoefficient(z, 1);
      lp.objective().setMaximization();
      panels.forEach(this::add);
    }

    /** A new LP over {@code panels} with the current fixed values; this one is closed. */
    RestrictedLp rebuild(List<Composition> panels) {
      List<Composition> keep = new ArrayList<>(panels);
      close();
      return new RestrictedLp(size, fixed, isFixed, keep);
    }

    void add(Composition panel) {
      if (!inLp.add(panel)) {
        return;
      }
      columns.add(panel);
      MPVariable v = lp.makeNumVar(0, MPSolver.infinity(), "");
      x.add(v);
      total.setCoefficient(v, 1);
      for (int t = 0; t < reach.length; t++) {
        if (panel.seats(t) > 0) {
          reach[t].setCoefficient(v, panel.seats(t) / size[t]);
        }
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
     * The dual weights y_t of the probability constraints, scaled so that the unfixed ones sum to 1
     * (dual feasibility for z), whatever the solver's sign convention; {@code null} when they sum
     * to 0, which happens only when z's own bound (1) carries the dual instead.
     */
    double[] weights() {
      double[] y = new double[reach.length];
      double scale = 0;
      for (int t = 0; t < y.length; t++) {
        y[t] = reach[t].dualValue();
        if (!isFixed[t]) {
          scale += y[t];
        }
      }
      if (!(Math.abs(scale) > 1e-12)) {
        return null;
      }
      for (int t = 0; t < y.length; t++) {
        y[t] /= scale;
      }
      return y;
    }

    /** The dual's cap for the weights {@link #weights()}: z + Σ_{t fixed} fixed_t·y_t. */
    double cap(double[] y) {
      double cap = level();
      for (int t = 0; t < y.length; t++) {
        if (isFixed[t]) {
          cap += fixed[t] * y[t];
        }
      }
      return cap;
    }

    /** The compositions with positive weight in the current solution. */
    List<Composition> support() {
      List<Composition> out = new ArrayList<>();
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
      CandidateTypes types, List<Composition> panels, double[] fixed) {
    int n = types.count();
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
      for (int t = 0; t < n; t++) {
        if (fixed[t] > 0) {
          reach[t] = lp.makeConstraint(fixed[t], MPSolver.infinity(), "p" + t);
          reach[t].setCoefficient(shortfall, 1);
        }
      }
      for (int p = 0; p < panels.size(); p++) {
        x[p] = lp.makeNumVar(0, 1, "x" + p);
        sum.setCoefficient(x[p], 1);
        Composition panel = panels.get(p);
        for (int t = 0; t < n; t++) {
          if (reach[t] != null && panel.seats(t) > 0) {
            reach[t].setCoefficient(x[p], panel.seats(t) / (double) types.size(t));
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
    List<WeightedComposition> drawn = new ArrayList<>();
    double[] perType = new double[n];
    for (int p = 0; p < panels.size(); p++) {
      if (weights[p] < MIN_PANEL_PROBABILITY) {
        continue;
      }
      double probability = weights[p] / total;
      Composition panel = panels.get(p);
      List<Integer> seats = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        seats.add(panel.seats(t));
        perType[t] += probability * panel.seats(t) / types.size(t);
      }
      drawn.add(new WeightedComposition(seats, probability));
    }
    Map<String, Double> probabilities = new HashMap<>();
    for (int t = 0; t < n; t++) {
      for (int i : types.members(t)) {
        probabilities.put(types.candidates.get(i).id(), perType[t]);
      }
    }
    return new Distribution(types.memberIds(), drawn, probabilities, ALGORITHM_VERSION);
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
