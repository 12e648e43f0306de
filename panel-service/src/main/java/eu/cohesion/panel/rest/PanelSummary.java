package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.service.ComposedPanel;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public view of a panel: no personal data, not even who created it or who its members are. */
@Schema(name = "PanelSummary", description = "Public view of a Local Panel of Stakeholders")
public record PanelSummary(
    UUID id,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String name,
    @Schema(nullable = true) String description,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "Member counts, never names") CompositionView composition) {

  static PanelSummary of(ComposedPanel composed) {
    return of(composed.panel(), composed.composition());
  }

  static PanelSummary of(Panel panel, PanelComposition composition) {
    return new PanelSummary(
        panel.id(),
        panel.cityCode(),
        panel.name(),
        panel.description(),
        panel.createdAt(),
        CompositionView.of(composition));
  }
}
