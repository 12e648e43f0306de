package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains infeasible quotas by a deletion filter: starting from all quotas, each quota in turn is
 * dropped for good if the rest still admit no panel. What remains is irreducible — no panel
 * satisfies it, and without any one of its quotas a panel exists — so each named quota is part of
 * the conflict. One MIP per quota, over the candidate types of the full quotas (still
 * interchangeable under fewer); infeasibility of these small models is proved quickly.
 */
final class Conflicts {

  private Conflicts() {}

  static InfeasibleQuotasException find(
      SortitionProblem problem,
      CandidateTypes types,
      List<Quota> quotas,
      SortitionProgress report,
      Deadline deadline) {
    int seats = problem.seats();
    report.step("feasibility", 0, quotas.size() + 1);
    if (!feasible(types, List.of(), seats, deadline)) {
      return new InfeasibleQuotasException(
          "No panel of "
              + seats
              + " seats exists even without quotas: fewer households than seats, with at most one"
              + " person per household",
          List.of());
    }
    List<Quota> kept = new ArrayList<>(quotas);
    int done = 1;
    for (Quota q : quotas) {
      List<Quota> without = new ArrayList<>(kept);
      without.remove(q);
      if (!feasible(types, without, seats, deadline)) {
        kept = without;
      }
      report.step("feasibility", ++done, quotas.size() + 1);
    }
    Set<Quota> conflict = new HashSet<>(kept);
    List<Quota> named = problem.quotas().stream().filter(conflict::contains).toList();
    return new InfeasibleQuotasException(
        "No panel of "
            + seats
            + " seats satisfies these quotas together: "
            + named.stream().map(Quota::toString).collect(Collectors.joining(", "))
            + (problem.onePerHousehold() ? " (with at most one person per household)" : "")
            + "; relaxing any one of them makes the others satisfiable",
        named);
  }

  private static boolean feasible(
      CandidateTypes types, List<Quota> quotas, int seats, Deadline deadline) {
    try (PanelModel m = new PanelModel(types, quotas, seats, deadline)) {
      return m.feasible();
    }
  }
}
