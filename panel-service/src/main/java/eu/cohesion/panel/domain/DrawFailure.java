package eu.cohesion.panel.domain;

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
}
