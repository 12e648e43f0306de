package eu.cohesion.panel.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The infeasibilities that show without a solver, checked before a draw is queued so the
 * coordinator hears at once what LEXIMIN would only report after its run: a feature whose minimums
 * add up to more than the seats, a feature whose every value is capped and whose maximums add up to
 * fewer, a minimum above the number of candidates holding the value. Passing it does not make a
 * draw feasible; the solver has the last word.
 */
public final class QuotaPrecheck {

  private QuotaPrecheck() {}

  /**
   * @return the quotas that obviously conflict; empty when none does
   */
  public static List<PoolQuota> conflicts(
      int seats, List<PoolQuota> quotas, List<Map<String, String>> candidates) {
    Set<PoolQuota> conflicting = new LinkedHashSet<>();
    Map<String, List<PoolQuota>> byFeature =
        quotas.stream().collect(Collectors.groupingBy(PoolQuota::feature));
    byFeature.forEach(
        (feature, ofFeature) -> {
          int minimums = ofFeature.stream().mapToInt(PoolQuota::min).sum();
          if (minimums > seats) {
            conflicting.addAll(ofFeature);
          }
          Map<String, Integer> holders = new HashMap<>();
          for (Map<String, String> c : candidates) {
            String value = c.get(feature);
            if (value != null) {
              holders.merge(value, 1, Integer::sum);
            }
          }
          Set<String> capped = ofFeature.stream().map(PoolQuota::value).collect(Collectors.toSet());
          boolean everyValueCapped = capped.containsAll(holders.keySet());
          int maximums = ofFeature.stream().mapToInt(PoolQuota::max).sum();
          if (everyValueCapped && maximums < seats) {
            conflicting.addAll(ofFeature);
          }
          for (PoolQuota q : ofFeature) {
            if (q.min() > holders.getOrDefault(q.value(), 0)) {
              conflicting.add(q);
            }
          }
        });
    return new ArrayList<>(conflicting);
  }
}
