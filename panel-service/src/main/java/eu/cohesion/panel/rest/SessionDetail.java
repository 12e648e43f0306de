package eu.cohesion.panel.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Decision;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.SessionStatus;
import eu.cohesion.panel.service.sessions.SessionWithQuorum;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session with its attendance by member id: for the town's panel only. */
@Schema(name = "SessionDetail", description = "A panel session with agenda, attendance and minutes")
public record SessionDetail(
    UUID id,
    UUID panelId,
    @Schema(description = "Code of the panel's town", examples = "mechelen") String city,
    @Schema(description = "ISO-8601 UTC") Instant startsAt,
    @Schema(nullable = true) String place,
    @Schema(nullable = true, description = "http or https only") String onlineUrl,
    List<String> agenda,
    SessionStatus status,
    @Schema(nullable = true, description = "ISO-8601 UTC; null until attendance is recorded")
        Instant attendanceRecordedAt,
    @Schema(description = "Ids of the members present") List<UUID> present,
    @Schema(description = "Ids of the members who sent apologies") List<UUID> apologies,
    @Schema(description = "Present, including erased members no longer named") int presentCount,
    @Schema(description = "Apologies, including erased members no longer named") int apologyCount,
    @Schema(nullable = true, description = "Null while attendance is not recorded or cancelled")
        QuorumView quorum,
    List<DecisionView> decisions,
    @Schema(nullable = true) String minutes,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant heldAt,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant cancelledAt,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "Send it back in If-Match to change the session; also the ETag")
        long version,
    @Schema(description = "What the caller may do with this session now")
        List<PanelAction> allowedActions) {

  @Schema(name = "Decision")
  public record DecisionView(String text, @Schema(nullable = true) UUID initiativeId) {

    static DecisionView of(Decision decision) {
      return new DecisionView(decision.text(), decision.initiativeId());
    }
  }

  static SessionDetail of(SessionWithQuorum found, Actor actor) {
    PanelSession s = found.session();
    return new SessionDetail(
        s.id(),
        s.panelId(),
        s.cityCode(),
        s.startsAt(),
        s.place(),
        s.onlineUrl(),
        s.agenda(),
        s.status(),
        s.attendanceRecordedAt(),
        s.present(),
        s.apologies(),
        s.presentCount(),
        s.apologyCount(),
        QuorumView.of(found.quorum()),
        s.decisions().stream().map(DecisionView::of).toList(),
        s.minutes(),
        s.heldAt(),
        s.cancelledAt(),
        s.createdAt(),
        s.updatedAt(),
        s.version(),
        SessionSummary.allowedActions(s, actor));
  }
}
