package eu.cohesion.practice.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One page of search results, the number of all matches and the facet counts.
 *
 * @param totalItems practices matching the text and every filter
 */
public record PracticeSearchResult(List<Hit> hits, long totalItems, Facets facets) {

  /** A practice found; {@code score} is its text rank, 0 without a text. */
  public record Hit(
      UUID practiceId,
      String city,
      String outcome,
      String language,
      List<String> languages,
      String title,
      String summary,
      List<String> themes,
      List<String> targetGroups,
      List<String> sdgTargets,
      int transferCount,
      Instant publishedAt,
      double score) {}

  /**
   * Counts under the text and the filters, each facet counted without its own filter (so that the
   * other values of a facet show what choosing them would add); most frequent first.
   */
  public record Facets(
      List<FacetCount> themes,
      List<FacetCount> targetGroups,
      List<FacetCount> towns,
      List<FacetCount> sdgTargets,
      List<FacetCount> outcomes,
      List<FacetCount> hasTransfers) {}

  public record FacetCount(String value, long count) {}
}
