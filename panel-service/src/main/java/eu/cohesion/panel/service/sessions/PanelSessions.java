package eu.cohesion.panel.service.sessions;

import static eu.cohesion.panel.domain.PanelAction.CANCEL_SESSION;
import static eu.cohesion.panel.domain.PanelAction.CHANGE_SESSION;
import static eu.cohesion.panel.domain.PanelAction.HOLD_SESSION;
import static eu.cohesion.panel.domain.PanelAction.PLAN_SESSION;
import static eu.cohesion.panel.domain.PanelAction.RECORD_ATTENDANCE;
import static eu.cohesion.panel.domain.PanelAction.VIEW_SESSIONS;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.Quorum;
import eu.cohesion.panel.events.SessionHeld;
import eu.cohesion.panel.service.PanelRepository;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed;
import eu.cohesion.panel.service.privacy.PersonalDataAccessed.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Plans, changes, holds and cancels a panel's sessions, and reads them for the town's panel. */
@ApplicationScoped
public class PanelSessions {

  private static final String ATTENDANCE = "panel-member";

  private final PanelRepository panels;
  private final PanelSessionRepository sessions;
  private final ActiveMembers activeMembers;
  private final ChangeGate gate;
  private final Event<PersonalDataAccessed> personalData;

  PanelSessions(
      PanelRepository panels,
      PanelSessionRepository sessions,
      ActiveMembers activeMembers,
      ChangeGate gate,
      Event<PersonalDataAccessed> personalData) {
    this.panels = panels;
    this.sessions = sessions;
    this.activeMembers = activeMembers;
    this.gate = gate;
    this.personalData = personalData;
  }

  /** A new PLANNED session; no event, the panel's public facts do not change. */
  @Transactional
  public SessionWithQuorum plan(Actor actor, UUID panelId, PanelSession.Details details) {
    Panel panel =
        gate.load("panel", panelId, panels.findByIdOptional(panelId))
            .permit(PanelPermissions.TABLE, PLAN_SESSION, actor, "plan sessions of panels")
            .admitted();
    Instant now = gate.now();
    PanelSession session = PanelSession.plan(panel, details, actor.subject(), now);
    sessions.persist(session);
    gate.created(actor, PLAN_SESSION, "session", session, now, List.of());
    return withQuorum(session);
  }

  @Transactional
  public SessionWithQuorum edit(
      Actor actor,
      UUID panelId,
      UUID sessionId,
      Long expectedVersion,
      PanelSession.Details details) {
    PanelSession session =
        gate.load("session", sessionId, find(panelId, sessionId))
            .permit(PanelPermissions.TABLE, CHANGE_SESSION, actor, "change sessions")
            .ifMatch(expectedVersion)
            .apply(
                (s, now) -> {
                  s.edit(details, now);
                  return List.of();
                });
    return withQuorum(session);
  }

  /** Replaces the attendance; each member named is audited as a change of their data. */
  @Transactional
  public SessionWithQuorum recordAttendance(
      Actor actor,
      UUID panelId,
      UUID sessionId,
      Long expectedVersion,
      List<UUID> present,
      List<UUID> apologies) {
    PanelSession session =
        gate.load("session", sessionId, find(panelId, sessionId))
            .permit(PanelPermissions.TABLE, RECORD_ATTENDANCE, actor, "record attendance")
            .ifMatch(expectedVersion)
            .apply(
                (s, now) -> {
                  s.recordAttendance(present, apologies, activeMembers.of(s.panelId()), now);
                  return List.of();
                });
    audit(actor, Access.CHANGED, session, "session attendance recorded");
    return withQuorum(session);
  }

  /** PLANNED → HELD; announces eu.cohesion.panel.session-held with counts and the quorum. */
  @Transactional
  public SessionWithQuorum hold(Actor actor, UUID panelId, UUID sessionId, Long expectedVersion) {
    PanelSession session =
        gate.load("session", sessionId, find(panelId, sessionId))
            .permit(PanelPermissions.TABLE, HOLD_SESSION, actor, "hold sessions")
            .ifMatch(expectedVersion)
            .apply(
                (s, now) -> {
                  s.hold(activeMembers.of(s.panelId()).size(), now);
                  return List.of(SessionHeld.of(s, s.quorum(0)));
                });
    return withQuorum(session);
  }

  @Transactional
  public SessionWithQuorum cancel(Actor actor, UUID panelId, UUID sessionId, Long expectedVersion) {
    PanelSession session =
        gate.load("session", sessionId, find(panelId, sessionId))
            .permit(PanelPermissions.TABLE, CANCEL_SESSION, actor, "cancel sessions")
            .ifMatch(expectedVersion)
            .apply(
                (s, now) -> {
                  s.cancel(now);
                  return List.of();
                });
    return withQuorum(session);
  }

  /** One page of a panel's sessions, without attendance lists (counts and quorum only). */
  public ResultPage<SessionWithQuorum> list(Actor actor, UUID panelId, SessionQuery query) {
    Panel panel = panel(panelId);
    PanelPermissions.TABLE.require(
        VIEW_SESSIONS, actor, panel.cityCode(), "you may not see this panel's sessions");
    int eligible = activeMembers.of(panel.id()).size();
    return Filter.of(query.paging())
        .and("panelId = :panelId", "panelId", panel.id())
        .and("status = :status", "status", query.status())
        .page(sessions, query.paging())
        .in(panel.cityCode())
        .map(session -> new SessionWithQuorum(session, session.quorum(eligible)));
  }

  /** One session with its attendance, which is audited as a view of the attendees' data. */
  @Transactional
  public SessionWithQuorum get(Actor actor, UUID panelId, UUID sessionId) {
    PanelSession session =
        find(panelId, sessionId)
            .orElseThrow(() -> new ResourceNotFoundException("session", sessionId));
    PanelPermissions.TABLE.require(
        VIEW_SESSIONS, actor, session.cityCode(), "you may not see this panel's sessions");
    audit(actor, Access.VIEWED, session, "session attendance viewed");
    return withQuorum(session);
  }

  private SessionWithQuorum withQuorum(PanelSession session) {
    Quorum quorum = session.quorum(activeMembers.of(session.panelId()).size());
    return new SessionWithQuorum(session, quorum);
  }

  private void audit(Actor actor, Access access, PanelSession session, String what) {
    Set.copyOf(concat(session.present(), session.apologies()))
        .forEach(
            member ->
                personalData.fire(
                    new PersonalDataAccessed(actor.subject(), access, ATTENDANCE, member, what)));
  }

  private static List<UUID> concat(List<UUID> a, List<UUID> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  /** The session, if it belongs to that panel: a session id under another panel is not found. */
  private Optional<PanelSession> find(UUID panelId, UUID sessionId) {
    return sessions.findByIdOptional(sessionId).filter(s -> s.panelId().equals(panelId));
  }

  private Panel panel(UUID panelId) {
    return panels
        .findByIdOptional(panelId)
        .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
  }
}
