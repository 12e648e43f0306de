package eu.cohesion.panel.domain.sortition;

/**
 * LEXIMIN selection (Flanigan et al., Nature 2021): the distribution over quota-satisfying panels
 * that maximises the smallest selection probability, then the second smallest, and so on. Computed
 * by column generation as in the reference implementation {@code leximin_primal} of the Sortition
 * Foundation's {@code stratification-app}: a MIP finds quota-satisfying panels, an LP over the
 * panels found so far maximises the minimum probability of the candidates not yet fixed, its duals
 * price the next panel; when no panel improves, the candidates at that minimum are fixed and the
 * next level starts. A final LP finds a lottery over the generated panels reproducing the fixed
 * probabilities.
 *
 * <p>Deterministic: same problem (candidates and quotas in any order) → same distribution, with
 * solvers on one thread and fixed parameters. Thread-safe: an instance holds no state.
 */
public final class Leximin {

  /** Names the algorithm and solver version, recorded with each draw. */
  public static final String ALGORITHM_VERSION = "leximin-1/ortools-9.14.6206";

  /**
   * @throws InfeasibleQuotasException when no panel satisfies all quotas; it names the conflict
   */
  public Distribution solve(SortitionProblem problem, SortitionProgress progress)
      throws InfeasibleQuotasException {
    throw new UnsupportedOperationException("in progress");
  }
}
