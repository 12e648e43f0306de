package eu.cohesion.panel.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.SessionStatus;
import eu.cohesion.panel.service.sessions.SessionWithQuorum;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session in a list: counts and quorum, no attendance list. */
@Schema(name = "SessionSummary", description = "A panel session in a list; attendance as counts")
public record SessionSummary(
    UUID id,
    UUID panelId,
    @Schema(description = "ISO-8601 UTC") Instant startsAt,
    @Schema(nullable = true) String place,
    @Schema(nullable = true) String onlineUrl,
    SessionStatus status,
    int presentCount,
    int apologyCount,
    @Schema(nullable = true, description = "Null while attendance is not recorded or cancelled")
        QuorumView quorum,
    int decisionCount,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "What the caller may do with this session now")
        List<PanelAction> allowedActions) {

  static final PanelAction[] SESSION_ACTIONS = {
    PanelAction.CHANGE_SESSION,
    PanelAction.RECORD_ATTENDANCE,
    PanelAction.HOLD_SESSION,
    PanelAction.CANCEL_SESSION
  };

  static SessionSummary of(SessionWithQuorum found, Actor actor) {
    PanelSession s = found.session();
    return new SessionSummary(
        s.id(),
        s.panelId(),
        s.startsAt(),
        s.place(),
        s.onlineUrl(),
        s.status(),
        s.presentCount(),
        s.apologyCount(),
        QuorumView.of(found.quorum()),
        s.decisions().size(),
        s.updatedAt(),
        allowedActions(s, actor));
  }

  /** The table says who; the session's state says whether at all. */
  static List<PanelAction> allowedActions(PanelSession session, Actor actor) {
    return PanelPermissions.TABLE.allowedFor(actor, session.cityCode(), SESSION_ACTIONS).stream()
        .filter(session::allows)
        .toList();
  }
}
