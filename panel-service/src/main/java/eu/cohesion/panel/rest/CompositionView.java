package eu.cohesion.panel.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.Pillar;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A panel's members as counts: safe for the public, it names nobody. */
@Schema(
    name = "PanelComposition",
    description = "How many members the panel has, in total and per pillar. Counts only.")
public record CompositionView(
    @Schema(description = "All members of the panel", examples = "12", required = true)
        long members,
    @Schema(required = true) PillarCounts byPillar) {

  @Schema(
      name = "PillarCounts",
      description =
          "Members per pillar: CITIZENS (citizens, citizens' organisations), CIVIL_SOCIETY"
              + " (non-profit and civil-society organisations), EXPERTISE (experts),"
              + " PUBLIC_AUTHORITY (officials, local authorities)")
  public record PillarCounts(
      @JsonProperty("CITIZENS") @Schema(required = true) long citizens,
      @JsonProperty("CIVIL_SOCIETY") @Schema(required = true) long civilSociety,
      @JsonProperty("EXPERTISE") @Schema(required = true) long expertise,
      @JsonProperty("PUBLIC_AUTHORITY") @Schema(required = true) long publicAuthority) {}

  static CompositionView of(PanelComposition composition) {
    return new CompositionView(
        composition.members(),
        new PillarCounts(
            composition.count(Pillar.CITIZENS),
            composition.count(Pillar.CIVIL_SOCIETY),
            composition.count(Pillar.EXPERTISE),
            composition.count(Pillar.PUBLIC_AUTHORITY)));
  }
}
