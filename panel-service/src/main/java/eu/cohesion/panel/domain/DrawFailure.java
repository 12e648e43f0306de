package eu.cohesion.panel.domain;

import java.time.Duration;
import java.util.List;

/**
 * Why a draw failed: {@code code} {@code infeasible-quotas} (no panel meets every quota; {@code
 * conflicting} names the quotas that cannot hold together), {@code time-limit} (the computation did
 * not finish within the configured time) or {@code solver-failed}.
 */
public record DrawFailure(String code, String message, List<PoolQuota> conflicting) {

  public static final String INFEASIBLE = "infeasible-quotas";
  public static final String TIME_LIMIT = "time-limit";
  public static final String SOLVER_FAILED = "solver-failed";

  /**
   * The draw ran out of its time limit: the message names the limit, what the coordinator can
   * change and the service setting an operator can raise.
   *
   * @param limit the limit the draw had
   * @param setting the name of the configuration property that sets it
   */
  public static DrawFailure timeLimit(Duration limit, String setting) {
    return new DrawFailure(
        TIME_LIMIT,
        "the draw did not finish within its time limit of "
            + readable(limit)
            + ": loosen the quotas, shrink the pool or lower the seats and draw again, or have the"
            + " operator raise the service setting "
            + setting
            + " (an ISO-8601 duration, now "
            + limit
            + ")",
        List.of());
  }

  /** Whole hours, minutes or seconds as such ("15 min", "2 h", "90 s"), else milliseconds. */
  static String readable(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 != 0) {
      return ms + " ms";
    }
    long s = ms / 1000;
    if (s != 0 && s % 3600 == 0) {
      return s / 3600 + " h";
    }
    if (s != 0 && s % 60 == 0) {
      return s / 60 + " min";
    }
    return s + " s";
  }
}
