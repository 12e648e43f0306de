package eu.cohesion.practice.service;

import java.util.List;

/**
 * One page of a practice search. Each facet filter keeps practices with any of its values (an empty
 * list: no filter); different filters all apply.
 *
 * @param text what the caller typed, web-search syntax ("quoted phrase", -not, or); {@code null} or
 *     blank for every published practice
 * @param hasTransfers {@code null} for both
 */
public record PracticeSearchQuery(
    String text,
    List<String> themes,
    List<String> targetGroups,
    List<String> towns,
    List<String> sdgTargets,
    List<String> outcomes,
    Boolean hasTransfers,
    PracticeSearchSort sort,
    int page,
    int size) {

  public PracticeSearchQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    themes = themes == null ? List.of() : List.copyOf(themes);
    targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
    towns = towns == null ? List.of() : List.copyOf(towns);
    sdgTargets = sdgTargets == null ? List.of() : List.copyOf(sdgTargets);
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    sort = sort == null ? PracticeSearchSort.RELEVANCE : sort;
  }
}
