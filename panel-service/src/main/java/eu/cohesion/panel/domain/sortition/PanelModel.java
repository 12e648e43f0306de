package eu.cohesion.panel.domain.sortition;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integer program "choose a quota-satisfying panel", over candidate types ({@link
 * CandidateTypes}): one integer variable per type, its seats {@code 0 … size}, instead of one
 * binary per person. Canonical form: candidates sorted by id, quotas sorted by feature then value,
 * types numbered by their first member. One instance wraps one SCIP model; not thread-safe; {@link
 * #close()} frees the native memory.
 */
final class PanelModel implements AutoCloseable {

  /** OR-Tools' natives, loaded once per class loader before any solver is created. */
  static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    private Natives() {}

    static void ensureLoaded() {
      // the static initialiser has run once this method can be called
    }
  }

  final CandidateTypes types;
  final List<Quota> quotas;
  final int seats;
  private final MPSolver solver;
  private final MPVariable[] x;
  private final MPSolverParameters params;
  private final MPSolverParameters rough;
  private final Deadline deadline;

  /** Canonical candidate order: ascending id. */
  static List<Candidate> sortedCandidates(SortitionProblem p) {
    return p.candidates().stream().sorted(Comparator.comparing(Candidate::id)).toList();
  }

  /** Canonical quota order: feature, then value. */
  static List<Quota> sortedQuotas(List<Quota> quotas) {
    return quotas.stream()
        .sorted(Comparator.comparing(Quota::feature).thenComparing(Quota::value))
        .toList();
  }

  /** Groups of two or more candidate indices sharing a household, when the rule applies. */
  static List<int[]> households(List<Candidate> candidates, boolean onePerHousehold) {
    if (!onePerHousehold) {
      return List.of();
    }
    Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      String h = candidates.get(i).household();
      if (h != null) {
        byHousehold.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (List<Integer> members : byHousehold.values()) {
      if (members.size() > 1) {
        groups.add(members.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    return groups;
  }

  /**
   * @param types the candidate types; built for these quotas or a superset of them (finer types are
   *     still interchangeable under fewer quotas)
   */
  PanelModel(CandidateTypes types, List<Quota> quotas, int seats, Deadline deadline) {
    Natives.ensureLoaded();
    this.deadline = deadline;
    this.types = types;
    this.quotas = quotas;
    this.seats = seats;
    solver = MPSolver.createSolver("SCIP");
    if (solver == null) {
      throw new IllegalStateException("OR-Tools was built without SCIP");
    }
    solver.suppressOutput();
    solver.setNumThreads(1);
    int n = types.count();
    x = new MPVariable[n];
    for (int t = 0; t < n; t++) {
      x[t] = solver.makeIntVar(0, types.size(t), "x" + t);
    }
    MPConstraint size = solver.makeConstraint(seats, seats, "seats");
    for (MPVariable v : x) {
      size.setCoefficient(v, 1);
    }
    for (Quota q : quotas) {
      MPConstraint c = solver.makeConstraint(q.min(), q.max(), q.feature() + "=" + q.value());
      for (int t = 0; t < n; t++) {
        if (q.counts(types.representative(t))) {
          c.setCoefficient(x[t], 1);
        }
      }
    }
    for (int[] group : types.households()) {
      MPConstraint c = solver.makeConstraint(0, 1, "household");
      for (int t : group) {
        c.setCoefficient(x[t], 1);
      }
    }
    // Improving columns need not be the best ones: SCIP's default gap is fine for them.
    rough = new MPSolverParameters();
    params = new MPSolverParameters();
    // The pricing step needs the true maximum: SCIP's default gap (1e-4) could stop column
    // generation early and leave probabilities below the optimum.
    params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
  }

  /** Whether any panel exists at all. */
  boolean feasible() {
    return maximise(new double[types.count()]) != null;
  }

  /**
   * The composition maximising {@code Σ weights[t]·seats[t]}, or {@code null} when no panel exists.
   *
   * @param weights per seat of each type
   */
  Composition maximise(double[] weights) {
    return maximise(weights, params);
  }

  /** Like {@link #maximise}, within SCIP's default gap: for columns that only need to improve. */
  Composition maximiseRoughly(double[] weights) {
    return maximise(weights, rough);
  }

  private Composition maximise(double[] weights, MPSolverParameters params) {
    MPObjective objective = solver.objective();
    for (int t = 0; t < x.length; t++) {
      objective.setCoefficient(x[t], weights[t]);
    }
    objective.setMaximization();
    deadline.check();
    if (deadline.limited()) {
      solver.setTimeLimit(deadline.remainingMillis());
    }
    MPSolver.ResultStatus status = solver.solve(params);
    // SCIP stopped by its time limit answers FEASIBLE (a panel that is not the answer) or
    // NOT_SOLVED, by its own clock a little before the deadline's: either way the time is up.
    if (deadline.limited()
        && status != MPSolver.ResultStatus.OPTIMAL
        && status != MPSolver.ResultStatus.INFEASIBLE) {
      throw deadline.exceeded();
    }
    if (status == MPSolver.ResultStatus.INFEASIBLE) {
      return null;
    }
    if (status != MPSolver.ResultStatus.OPTIMAL) {
      throw new IllegalStateException("the panel solver stopped without an answer: " + status);
    }
    int[] seatsOf = new int[x.length];
    for (int t = 0; t < x.length; t++) {
      seatsOf[t] = (int) Math.round(x[t].solutionValue());
    }
    return new Composition(seatsOf);
  }

  /** Whether a composition is a panel of this model (seats, quotas, households). */
  boolean satisfies(Composition panel) {
    int total = 0;
    for (int t = 0; t < types.count(); t++) {
      if (panel.seats(t) < 0 || panel.seats(t) > types.size(t)) {
        return false;
      }
      total += panel.seats(t);
    }
    if (total != seats) {
      return false;
    }
    for (Quota q : quotas) {
      int count = 0;
      for (int t = 0; t < types.count(); t++) {
        if (q.counts(types.representative(t))) {
          count += panel.seats(t);
        }
      }
      if (count < q.min() || count > q.max()) {
        return false;
      }
    }
    for (int[] group : types.households()) {
      int count = 0;
      for (int t : group) {
        count += panel.seats(t);
      }
      if (count > 1) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() {
    solver.delete();
    params.delete();
    rough.delete();
  }
}
