package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.Panel;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public view of a panel: no personal data, not even who created it. */
@Schema(name = "PanelSummary", description = "Public view of a Local Panel of Stakeholders")
public record PanelSummary(
    UUID id,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String name,
    @Schema(nullable = true) String description,
    @Schema(description = "ISO-8601 UTC") Instant createdAt) {

  static PanelSummary of(Panel panel) {
    return new PanelSummary(
        panel.id(), panel.cityCode(), panel.name(), panel.description(), panel.createdAt());
  }
}
