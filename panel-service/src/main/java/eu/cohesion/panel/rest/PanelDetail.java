package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.CHANGE_PANEL_STATUS;
import static eu.cohesion.panel.domain.PanelAction.EDIT_PANEL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PERSONAL_DATA_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POPULATION_GROUPS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_SESSIONS;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.service.ComposedPanel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A panel with everything the public may know of it: members only as counts. */
@Schema(name = "PanelDetail", description = "A Local Panel of Stakeholders, public detail")
public record PanelDetail(
    UUID id,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    String name,
    @Schema(nullable = true) String description,
    PanelStatus status,
    @Schema(
            description =
                "What the town asks of the panel, by language code (en, da, de, et, fr, it, lt, lv,"
                    + " nl, sl, sq); empty until written",
            examples = "{\"nl\": \"Het panel adviseert ...\", \"en\": \"The panel advises ...\"}")
        Map<String, String> mandate,
    @Schema(nullable = true, description = "First day of the term, the town's local date")
        LocalDate termStart,
    @Schema(nullable = true, description = "Last day of the term, after termStart")
        LocalDate termEnd,
    @Schema(description = "Send it back in If-Match to change the panel; also the ETag")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC; last change of the panel or its membership")
        Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; last lifecycle step")
        Instant statusChangedAt,
    @Schema(description = "Members still in the panel, as counts") CompositionView composition,
    @Schema(
            nullable = true,
            description = "Balance score 0–100 (GET /panels/{id}/balance); null until assessed")
        Integer balanceScore,
    @Schema(description = "States the lifecycle allows next; empty once CLOSED")
        List<PanelStatus> allowedTransitions,
    @Schema(description = "What the caller may do with this panel")
        List<PanelAction> allowedActions) {

  static PanelDetail of(ComposedPanel composed, Actor actor) {
    Panel panel = composed.panel();
    return new PanelDetail(
        panel.id(),
        panel.cityCode(),
        panel.name(),
        panel.description(),
        panel.status(),
        panel.mandate(),
        panel.termStart(),
        panel.termEnd(),
        panel.version(),
        panel.createdAt(),
        panel.updatedAt(),
        panel.statusChangedAt(),
        CompositionView.of(composed.composition()),
        composed.balanceScore(),
        panel.allowedTransitions(),
        PanelPermissions.TABLE.allowedFor(
            actor,
            panel.cityCode(),
            EDIT_PANEL,
            CHANGE_PANEL_STATUS,
            ADD_MEMBER,
            VIEW_MEMBERS,
            VIEW_POPULATION_GROUPS,
            VIEW_SESSIONS,
            VIEW_POOL,
            VIEW_PERSONAL_DATA_AUDIT));
  }
}
