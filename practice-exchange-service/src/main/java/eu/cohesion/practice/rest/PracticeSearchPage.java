package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.service.PracticeSearchResult;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PracticeSearchPage",
    description =
        "One page of search results, the number of all matches and the facet counts under the"
            + " same text and filters")
public record PracticeSearchPage(
    List<Hit> items,
    @Schema(description = "0-based index of this page") int page,
    @Schema(description = "Items per page asked for") int size,
    long totalItems,
    int totalPages,
    Facets facets,
    @Schema(description = "What the caller may do here") List<PracticeAction> allowedActions) {

  @Schema(name = "PracticeSearchHit", description = "A published practice found")
  public record Hit(
      UUID id,
      @Schema(description = "Code of the practice's town", examples = "mechelen") String city,
      @Schema(examples = "ADOPTED") String outcome,
      @Schema(nullable = true, description = "Original language; null when the practice names none")
          String language,
      @Schema(description = "Every language the practice is written in") List<String> languages,
      String title,
      @Schema(nullable = true) String summary,
      List<String> themes,
      List<String> targetGroups,
      List<String> sdgTargets,
      int transferCount,
      @Schema(description = "ISO-8601 UTC") Instant publishedAt,
      @Schema(description = "Text rank (ts_rank_cd); 0 without a text") double score) {

    static Hit of(PracticeSearchResult.Hit h) {
      return new Hit(
          h.practiceId(),
          h.city(),
          h.outcome(),
          h.language(),
          h.languages(),
          h.title(),
          h.summary(),
          h.themes(),
          h.targetGroups(),
          h.sdgTargets(),
          h.transferCount(),
          h.publishedAt(),
          h.score());
    }
  }

  @Schema(
      name = "PracticeSearchFacets",
      description =
          "Counts under the text and the filters. Each facet is counted without its own filter, so"
              + " its other values say how many practices choosing them adds; most frequent first,"
              + " values without a practice left out. hasTransfers: values true and false.")
  public record Facets(
      List<FacetCount> themes,
      List<FacetCount> targetGroups,
      @Schema(description = "value is the town code") List<FacetCount> towns,
      List<FacetCount> sdgTargets,
      List<FacetCount> outcomes,
      List<FacetCount> hasTransfers) {

    static Facets of(PracticeSearchResult.Facets f) {
      return new Facets(
          view(f.themes()),
          view(f.targetGroups()),
          view(f.towns()),
          view(f.sdgTargets()),
          view(f.outcomes()),
          view(f.hasTransfers()));
    }

    private static List<FacetCount> view(List<PracticeSearchResult.FacetCount> counts) {
      return counts.stream().map(c -> new FacetCount(c.value(), c.count())).toList();
    }
  }

  @Schema(name = "PracticeFacetCount", description = "One value of a facet and how many practices")
  public record FacetCount(String value, long count) {}
}
