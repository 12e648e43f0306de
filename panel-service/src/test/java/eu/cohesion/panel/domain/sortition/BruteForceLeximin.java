package eu.cohesion.panel.domain.sortition;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact LEXIMIN selection probabilities by the textbook method over ALL panels, independent of
 * {@link Leximin}'s column generation and duals: per level, an LP maximises the minimum probability
 * z of the unfixed candidates; then for each unfixed candidate an LP checks whether they can get
 * more than z while all others keep theirs; those who cannot are fixed at z.
 */
final class BruteForceLeximin {

  static {
    Loader.loadNativeLibraries();
  }

  private BruteForceLeximin() {}

  /**
   * @return each candidate's LEXIMIN probability, by id
   */
  static Map<String, Double> probabilities(SortitionProblem p) {
    List<BitSet> panels = Pools.allPanels(p);
    int n = p.candidates().size();
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("no panel");
    }
    double[] fixed = new double[n];
    boolean[] isFixed = new boolean[n];
    for (int i = 0; i < n; i++) {
      final int c = i;
      if (panels.stream().noneMatch(s -> s.get(c))) {
        isFixed[i] = true;
      }
    }
    while (true) {
      boolean any = false;
      for (boolean f : isFixed) {
        any |= !f;
      }
      if (!any) {
        break;
      }
      double z = solve(panels, fixed, isFixed, -1, Double.NaN);
      boolean progress = false;
      boolean[] fixNow = new boolean[n];
      for (int i = 0; i < n; i++) {
        if (!isFixed[i] && solve(panels, fixed, isFixed, i, z) <= z + 1e-7) {
          fixNow[i] = true;
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("no candidate at the level " + z);
      }
      for (int i = 0; i < n; i++) {
        if (fixNow[i]) {
          isFixed[i] = true;
          fixed[i] = z;
        }
      }
    }
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(p.candidates().get(i).id(), fixed[i]);
    }
    return out;
  }

  /**
   * With {@code target < 0}: max z such that every unfixed candidate gets ≥ z. Otherwise: max
   * probability of {@code target} while every unfixed one keeps ≥ {@code level}.
   */
  private static double solve(
      List<BitSet> panels, double[] fixed, boolean[] isFixed, int target, double level) {
    MPSolver lp = MPSolver.createSolver("GLOP");
    try {
      int n = fixed.length;
      MPVariable[] x = new MPVariable[panels.size()];
      MPConstraint sum = lp.makeConstraint(1, 1);
      for (int k = 0; k < x.length; k++) {
        x[k] = lp.makeNumVar(0, 1, "");
        sum.setCoefficient(x[k], 1);
      }
      MPVariable z = lp.makeNumVar(0, 1, "z");
      for (int i = 0; i < n; i++) {
        MPConstraint c;
        if (isFixed[i]) {
          c = lp.makeConstraint(fixed[i] - 1e-9, MPSolver.infinity());
        } else if (target < 0) {
          c = lp.makeConstraint(0, MPSolver.infinity());
          c.setCoefficient(z, -1);
        } else {
          c = lp.makeConstraint(level - 1e-9, MPSolver.infinity());
        }
        for (int k = 0; k < x.length; k++) {
          if (panels.get(k).get(i)) {
            c.setCoefficient(x[k], 1);
          }
        }
      }
      if (target < 0) {
        lp.objective().setCoefficient(z, 1);
      } else {
        for (int k = 0; k < x.length; k++) {
          if (panels.get(k).get(target)) {
            lp.objective().setCoefficient(x[k], 1);
          }
        }
      }
      lp.objective().setMaximization();
      if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
        throw new IllegalStateException("brute-force LP failed");
      }
      return lp.objective().value();
    } finally {
      lp.delete();
    }
  }
}
