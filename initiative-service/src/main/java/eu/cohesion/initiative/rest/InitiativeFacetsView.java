package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.service.InitiativeFacets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InitiativeFacets",
    description =
        "Counts of the initiative list under the same filters. Each facet is counted under every"
            + " filter but its own, so a value's count is what the list would hold with that value"
            + " chosen (alone) in its facet. status, themes, targetGroups and sdgTargets list every"
            + " value of their closed list, 0 included; panels and cities only those with"
            + " initiatives the caller may see.")
public record InitiativeFacetsView(
    @Schema(description = "Initiatives matching every filter") long totalItems,
    List<FacetCount> statuses,
    List<FacetCount> themes,
    List<FacetCount> targetGroups,
    List<FacetCount> sdgTargets,
    @Schema(description = "value is the panel id, label its name") List<FacetCount> panels,
    @Schema(description = "value is the town code") List<FacetCount> cities) {

  @Schema(name = "FacetCount", description = "One value of a facet and how many initiatives")
  public record FacetCount(
      String value,
      @Schema(nullable = true, description = "A name to show, where the value is an id")
          String label,
      long count) {}

  static InitiativeFacetsView of(InitiativeFacets facets) {
    return new InitiativeFacetsView(
        facets.totalItems(),
        view(facets.statuses()),
        view(facets.themes()),
        view(facets.targetGroups()),
        view(facets.sdgTargets()),
        view(facets.panels()),
        view(facets.cities()));
  }

  private static List<FacetCount> view(List<InitiativeFacets.Count> counts) {
    return counts.stream().map(c -> new FacetCount(c.value(), c.label(), c.count())).toList();
  }
}
