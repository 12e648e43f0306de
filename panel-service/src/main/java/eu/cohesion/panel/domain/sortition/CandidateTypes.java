package eu.cohesion.panel.domain.sortition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates grouped into interchangeable <b>types</b>: candidates counted by exactly the same
 * quotas, and in no household with anyone else (when one person per household applies), can take
 * each other's seat in any panel, so the LEXIMIN optimum gives them the same probability and a
 * panel needs to say only how many seats each type holds. A candidate who shares a household with
 * others is a type of their own, so that "at most one per household" stays an exact constraint over
 * types. Types are numbered by their smallest member id; members are listed by ascending id.
 */
final class CandidateTypes {

  /** The candidates, sorted by id; indices below refer to this list. */
  final List<Candidate> candidates;

  /** Per type, its members' candidate indices, ascending. */
  private final int[][] members;

  /** Groups of two or more type indices (each a type of one) of which at most one may sit. */
  private final List<int[]> households;

  private CandidateTypes(List<Candidate> candidates, int[][] members, List<int[]> households) {
    this.candidates = candidates;
    this.members = members;
    this.households = households;
  }

  /**
   * @param candidates sorted by id
   * @param quotas the quotas that tell candidates apart
   * @param households groups of candidate indices that share a household, when the rule applies
   */
  static CandidateTypes of(List<Candidate> candidates, List<Quota> quotas, List<int[]> households) {
    int n = candidates.size();
    boolean[] housemate = new boolean[n];
    for (int[] group : households) {
      for (int i : group) {
        housemate[i] = true;
      }
    }
    int[] typeOf = new int[n];
    List<List<Integer>> byType = new ArrayList<>();
    Map<String, Integer> byProfile = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Integer type = null;
      if (!housemate[i]) {
        type = byProfile.get(profile(candidates.get(i), quotas));
      }
      if (type == null) {
        type = byType.size();
        byType.add(new ArrayList<>());
        if (!housemate[i]) {
          byProfile.put(profile(candidates.get(i), quotas), type);
        }
      }
      byType.get(type).add(i);
      typeOf[i] = type;
    }
    int[][] members = new int[byType.size()][];
    for (int t = 0; t < members.length; t++) {
      members[t] = byType.get(t).stream().mapToInt(Integer::intValue).toArray();
    }
    List<int[]> groups = new ArrayList<>();
    for (int[] group : households) {
      groups.add(Arrays.stream(group).map(i -> typeOf[i]).toArray());
    }
    return new CandidateTypes(candidates, members, List.copyOf(groups));
  }

  /** Which quotas count the candidate, as text: equal for interchangeable candidates. */
  private static String profile(Candidate c, List<Quota> quotas) {
    StringBuilder key = new StringBuilder();
    for (int k = 0; k < quotas.size(); k++) {
      key.append(quotas.get(k).counts(c) ? '1' : '0');
    }
    return key.toString();
  }

  /** How many types there are. */
  int count() {
    return members.length;
  }

  /** How many candidates type {@code t} has. */
  int size(int t) {
    return members[t].length;
  }

  /** The candidate indices of type {@code t}, ascending. */
  int[] members(int t) {
    return members[t];
  }

  /** A member of type {@code t}: every member is counted by the same quotas. */
  Candidate representative(int t) {
    return candidates.get(members[t][0]);
  }

  /** Groups of type indices of which at most one may hold a seat. */
  List<int[]> households() {
    return households;
  }

  /** Per type, its members' ids, ascending. */
  List<List<String>> memberIds() {
    List<List<String>> out = new ArrayList<>();
    for (int[] type : members) {
      out.add(Arrays.stream(type).mapToObj(i -> candidates.get(i).id()).toList());
    }
    return out;
  }
}
