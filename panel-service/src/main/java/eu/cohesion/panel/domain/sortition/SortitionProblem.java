package eu.cohesion.panel.domain.sortition;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stratified sortition: choose {@code seats} of the {@code candidates} so that every quota holds
 * and, when {@code onePerHousehold}, no two chosen candidates share a non-null household.
 *
 * <p>The compact constructor rejects a malformed problem with an {@link IllegalArgumentException}
 * whose message says what is wrong: duplicate candidate ids, duplicate quotas for one
 * feature/value, seats outside 1..candidates, a candidate without a value for a feature that a
 * quota names. A candidate whose value of a quota feature has no quota is allowed: that value is
 * simply unconstrained. Quotas that cannot all hold together are not malformed: {@link
 * Leximin#solve} reports them with an {@link InfeasibleQuotasException}.
 */
public record SortitionProblem(
    List<Candidate> candidates, List<Quota> quotas, int seats, boolean onePerHousehold) {

  public SortitionProblem {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(quotas, "quotas");
    candidates = List.copyOf(candidates);
    quotas = List.copyOf(quotas);
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be at least 1, got " + seats);
    }
    if (seats > candidates.size()) {
      throw new IllegalArgumentException(
          "seats (" + seats + ") exceed the pool (" + candidates.size() + " candidates)");
    }
    Set<String> ids = new HashSet<>();
    for (Candidate c : candidates) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("duplicate candidate id " + c.id());
      }
    }
    Set<String> keys = new HashSet<>();
    Set<String> features = new HashSet<>();
    for (Quota q : quotas) {
      if (!keys.add(q.feature() + "\u0000" + q.value())) {
        throw new IllegalArgumentException(
            "more than one quota for " + q.feature() + "=" + q.value());
      }
      features.add(q.feature());
    }
    for (Candidate c : candidates) {
      for (String f : features) {
        if (!c.features().containsKey(f)) {
          throw new IllegalArgumentException(
              "candidate " + c.id() + " has no value for feature " + f);
        }
      }
    }
  }
}
