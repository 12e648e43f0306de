package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Small test pools and the brute-force enumeration of their panels. */
final class Pools {

  private Pools() {}

  /**
   * A random small pool: {@code n} candidates, {@code features} features of 2–3 values with skewed
   * shares, quotas around the proportional share with a slack of one seat, some with a tighter or
   * looser side so that probabilities differ between candidates.
   */
  static SortitionProblem random(long seed, int n, int features, int seats, boolean households) {
    Random r = new Random(seed);
    List<Map<String, String>> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(new HashMap<>());
    }
    List<Quota> quotas = new ArrayList<>();
    for (int f = 0; f < features; f++) {
      String feature = "f" + f;
      int values = 2 + r.nextInt(2);
      for (int i = 0; i < n; i++) {
        // skew: value 0 is the most common
        int v = Math.min(values - 1, (int) Math.floor(Math.pow(r.nextDouble(), 1.6) * values));
        people.get(i).put(feature, "v" + v);
      }
      for (int v = 0; v < values; v++) {
        String value = "v" + v;
        long holders = people.stream().filter(p -> value.equals(p.get(feature))).count();
        double share = (double) holders / n * seats;
        int min = Math.max(0, (int) Math.floor(share) - r.nextInt(2));
        int max = Math.min(seats, (int) Math.ceil(share) + r.nextInt(2));
        quotas.add(new Quota(feature, value, min, Math.max(min, max)));
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String household = households && i % 3 != 2 ? "h" + (i / 3) : null;
      candidates.add(new Candidate(String.format("c%02d", i), people.get(i), household));
    }
    return new SortitionProblem(candidates, quotas, seats, households);
  }

  /** Whether the ids form a panel of the problem: size, quotas, households. */
  static boolean satisfies(SortitionProblem p, List<String> ids) {
    if (ids.size() != p.seats() || ids.stream().distinct().count() != ids.size()) {
      return false;
    }
    Map<String, Candidate> byId = new HashMap<>();
    p.candidates().forEach(c -> byId.put(c.id(), c));
    List<Candidate> chosen = ids.stream().map(byId::get).toList();
    if (chosen.contains(null)) {
      return false;
    }
    for (Quota q : p.quotas()) {
      long count = chosen.stream().filter(q::counts).count();
      if (count < q.min() || count > q.max()) {
        return false;
      }
    }
    if (p.onePerHousehold()) {
      List<String> seen = new ArrayList<>();
      for (Candidate c : chosen) {
        if (c.household() != null) {
          if (seen.contains(c.household())) {
            return false;
          }
          seen.add(c.household());
        }
      }
    }
    return true;
  }

  /** Every panel of the problem, as index sets over {@code p.candidates()}. */
  static List<BitSet> allPanels(SortitionProblem p) {
    List<BitSet> out = new ArrayList<>();
    int n = p.candidates().size();
    int[] pick = new int[p.seats()];
    enumerate(p, n, pick, 0, 0, out);
    return out;
  }

  private static void enumerate(
      SortitionProblem p, int n, int[] pick, int depth, int from, List<BitSet> out) {
    if (depth == pick.length) {
      List<String> ids = new ArrayList<>();
      BitSet set = new BitSet(n);
      for (int i : pick) {
        ids.add(p.candidates().get(i).id());
        set.set(i);
      }
      if (satisfies(p, ids)) {
        out.add(set);
      }
      return;
    }
    for (int i = from; i <= n - (pick.length - depth); i++) {
      pick[depth] = i;
      enumerate(p, n, pick, depth + 1, i + 1, out);
    }
  }
}
