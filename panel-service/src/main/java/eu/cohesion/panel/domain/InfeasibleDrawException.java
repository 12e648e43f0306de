package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;
import java.util.List;
import java.util.Map;

/**
 * No panel of the pool meets the quotas (HTTP 422); {@link #conflicting()} names the quotas that
 * cannot hold together (empty when the seats alone cannot be filled).
 */
public class InfeasibleDrawException extends RuleViolationException {

  private final transient List<PoolQuota> conflicting;

  public InfeasibleDrawException(String detail, List<PoolQuota> conflicting) {
    super(DrawFailure.INFEASIBLE, "Infeasible quotas", detail);
    this.conflicting = List.copyOf(conflicting);
  }

  public List<PoolQuota> conflicting() {
    return conflicting;
  }

  @Override
  public Map<String, Object> extensions() {
    // Both members of the documented SortitionProblem, so a client reads one shape.
    return Map.of("issues", List.of(), "conflicting", conflicting);
  }
}
