package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.PublicInitiatives;
import eu.cohesion.initiative.service.InitiativeStatistics.Counts;
import eu.cohesion.initiative.service.InitiativeStatistics.Figures;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InitiativeStatistics",
    description =
        "Public counts of initiatives by status and by theme, for the network and each town with"
            + " a counted initiative. Drafts are not counted. Counts of initiatives, not of"
            + " people: no suppression applies.")
public record InitiativeStatisticsView(
    @Schema(description = "The whole network") CountsView network,
    @Schema(description = "Towns with at least one counted initiative, by code")
        List<TownCounts> cities) {

  @Schema(name = "InitiativeCounts")
  public record CountsView(
      @Schema(description = "Initiatives counted (every status but DRAFT)", examples = "37")
          long total,
      @Schema(description = "Running: APPROVED, PILOTING or UNDER_REVIEW", examples = "12")
          long active,
      @Schema(description = "Every status but DRAFT, in lifecycle order, 0 included")
          List<StatusCount> byStatus,
      @Schema(description = "Every theme, 0 included; an initiative with two themes counts in both")
          List<ThemeCount> byTheme) {

    static CountsView of(Counts counts) {
      return new CountsView(
          counts.total(),
          counts.active(),
          PublicInitiatives.COUNTED.stream()
              .map(s -> new StatusCount(s, counts.byStatus().get(s)))
              .toList(),
          Arrays.stream(Theme.values())
              .map(t -> new ThemeCount(t, counts.byTheme().get(t)))
              .toList());
    }
  }

  @Schema(name = "InitiativeStatusCount")
  public record StatusCount(InitiativeStatus status, @Schema(examples = "4") long count) {}

  @Schema(name = "InitiativeThemeCount")
  public record ThemeCount(Theme theme, @Schema(examples = "3") long count) {}

  @Schema(name = "TownInitiativeCounts")
  public record TownCounts(@Schema(examples = "mechelen") String city, CountsView counts) {}

  static InitiativeStatisticsView of(Figures figures) {
    return new InitiativeStatisticsView(
        CountsView.of(figures.network()),
        figures.byTown().entrySet().stream()
            .map(e -> new TownCounts(e.getKey(), CountsView.of(e.getValue())))
            .toList());
  }
}
