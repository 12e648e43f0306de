package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.service.ComposedPanel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public view of a panel: no personal data, not even who created it or who its members are. */
@Schema(name = "PanelSummary", description = "Public view of a Local Panel of Stakeholders")
public record PanelSummary(
    UUID id,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String name,
    @Schema(nullable = true) String description,
    PanelStatus status,
    @Schema(nullable = true, description = "First day of the term, the town's local date")
        LocalDate termStart,
    @Schema(nullable = true, description = "Last day of the term, after termStart")
        LocalDate termEnd,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC; last change of the panel or its membership")
        Instant updatedAt,
    CompositionView composition,
    @Schema(
            nullable = true,
            description =
                "Balance score 0–100 (GET /panels/{id}/balance explains it); null until the"
                    + " panel's members first changed",
            examples = "85")
        Integer balanceScore,
    @Schema(description = "What the caller may do with this panel")
        List<PanelAction> allowedActions) {

  static PanelSummary of(ComposedPanel composed, Actor actor) {
    return of(composed.panel(), composed.composition(), composed.balanceScore(), actor);
  }

  static PanelSummary of(
      Panel panel, PanelComposition composition, Integer balanceScore, Actor actor) {
    return new PanelSummary(
        panel.id(),
        panel.cityCode(),
        panel.name(),
        panel.description(),
        panel.status(),
        panel.termStart(),
        panel.termEnd(),
        panel.createdAt(),
        panel.updatedAt(),
        CompositionView.of(composition),
        balanceScore,
        PanelPermissions.TABLE.allowedFor(actor, panel.cityCode(), ADD_MEMBER, VIEW_MEMBERS));
  }
}
