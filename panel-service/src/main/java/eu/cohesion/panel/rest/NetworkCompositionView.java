package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.portal.PublicCount;
import eu.cohesion.panel.domain.portal.TownComposition;
import eu.cohesion.panel.domain.portal.TownComposition.BalanceState;
import eu.cohesion.panel.service.balance.NetworkComposition.NetworkFigures;
import eu.cohesion.panel.service.balance.NetworkComposition.TownFigures;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "NetworkComposition",
    description =
        "The network's panels as public aggregates: each town's ACTIVE panel (seats per pillar,"
            + " balance score and state) and the network's totals. Every count below 5 is null"
            + " with suppressed = true; population groups and names are never part of it."
            + " FORMING and CLOSED panels count as panels, their members nowhere.")
public record NetworkCompositionView(
    @Schema(description = "Partner towns", examples = "10") int towns,
    @Schema(description = "Panels of the network, every status", examples = "12") long panels,
    @Schema(description = "ACTIVE panels", examples = "10") long activePanels,
    @Schema(description = "Panels per status, every status listed")
        List<StatusCount> panelsByStatus,
    @Schema(description = "Active seats of all ACTIVE panels") Seats members,
    @Schema(description = "Those seats per pillar, every pillar listed") List<PillarSeats> pillars,
    @Schema(description = "Every partner town, by name") List<TownView> cities) {

  @Schema(name = "PanelStatusCount")
  public record StatusCount(PanelStatus status, @Schema(examples = "10") long count) {}

  @Schema(
      name = "PublicSeats",
      description = "A seat count; null and suppressed = true when below 5 (0 included)")
  public record Seats(
      @Schema(nullable = true, examples = "18") Integer count,
      @Schema(description = "The count is below 5 and withheld") boolean suppressed) {
    static Seats of(PublicCount count) {
      return new Seats(count.count(), count.suppressed());
    }
  }

  @Schema(name = "PublicPillarSeats", description = "Seats of one pillar; null below 5")
  public record PillarSeats(
      Pillar pillar,
      @Schema(nullable = true, examples = "5") Integer count,
      @Schema(description = "The count is below 5 and withheld") boolean suppressed) {
    static List<PillarSeats> of(Map<Pillar, PublicCount> counts) {
      return Arrays.stream(Pillar.values())
          .map(p -> new PillarSeats(p, counts.get(p).count(), counts.get(p).suppressed()))
          .toList();
    }
  }

  @Schema(name = "TownComposition", description = "A partner town and its ACTIVE panel, if any")
  public record TownView(
      @Schema(examples = "mechelen") String city,
      @Schema(examples = "Mechelen") String name,
      @Schema(description = "ISO 3166-1 alpha-2", examples = "BE") String countryCode,
      @Schema(nullable = true, description = "WGS 84", examples = "51.02574") BigDecimal latitude,
      @Schema(nullable = true, description = "WGS 84", examples = "4.47762") BigDecimal longitude,
      @Schema(nullable = true, description = "The ACTIVE panel; null when the town has none")
          ActivePanelView activePanel) {}

  @Schema(name = "ActivePanelComposition", description = "An ACTIVE panel as aggregates")
  public record ActivePanelView(
      UUID panelId,
      @Schema(examples = "Mechelen LPS 2026") String name,
      @Schema(description = "Active seats") Seats seats,
      @Schema(description = "Seats per pillar, every pillar listed") List<PillarSeats> pillars,
      @Schema(description = "The balance score 0–100, as GET /panels/{id}/balance", examples = "85")
          int score,
      @Schema(description = "BALANCED when no gap, else GAPS") BalanceState state,
      @Schema(description = "How many named gaps the balance found", examples = "2") int gaps) {}

  static NetworkCompositionView of(NetworkFigures figures) {
    List<StatusCount> byStatus =
        Arrays.stream(PanelStatus.values())
            .map(s -> new StatusCount(s, figures.panelsByStatus().get(s)))
            .toList();
    return new NetworkCompositionView(
        figures.towns(),
        byStatus.stream().mapToLong(StatusCount::count).sum(),
        figures.panelsByStatus().get(PanelStatus.ACTIVE),
        byStatus,
        Seats.of(figures.members()),
        PillarSeats.of(figures.pillars()),
        figures.byTown().stream().map(NetworkCompositionView::town).toList());
  }

  private static TownView town(TownFigures figures) {
    TownComposition composition = figures.composition();
    ActivePanelView panel =
        figures.activePanel() == null
            ? null
            : new ActivePanelView(
                figures.activePanel().id(),
                figures.activePanel().name(),
                Seats.of(composition.seats()),
                PillarSeats.of(composition.pillars()),
                composition.score(),
                composition.state(),
                composition.gaps());
    return new TownView(
        figures.city().code(),
        figures.city().name(),
        figures.city().countryCode(),
        figures.city().latitude(),
        figures.city().longitude(),
        panel);
  }
}
