package eu.cohesion.panel.domain.sortition;

/**
 * Progress of a long computation, for a progress bar. Called on the computing thread; keep it cheap
 * and never throw.
 */
@FunctionalInterface
public interface SortitionProgress {

  /**
   * @param phase a stable machine name of the current phase: {@code feasibility}, {@code
   *     unreachable} (finding candidates in no feasible panel), {@code leximin} (fixing
   *     probabilities level by level), {@code distribution} (the final panel lottery)
   * @param done how much of the phase is done; in {@code leximin}, candidates whose probability is
   *     fixed
   * @param total the phase's size (e.g. the number of candidates); {@code done <= total}
   */
  void step(String phase, int done, int total);

  /** Reports nothing. */
  SortitionProgress NONE = (phase, done, total) -> {};
}
