package eu.cohesion.panel.service.sessions;

import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.PersonalDataAuditEntry;
import eu.cohesion.panel.service.privacy.DataSubject;
import eu.cohesion.panel.service.privacy.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions' personal data: which sessions a member attended or sent apologies to, and which
 * sessions a user planned. An erasure drops the member from the attendance but keeps the counts, so
 * a held session's quorum stays as it was.
 */
@ApplicationScoped
public class SessionAttendanceData implements PersonalDataSource {

  private final PanelSessionRepository sessions;

  SessionAttendanceData(PanelSessionRepository sessions) {
    this.sessions = sessions;
  }

  /** One session as the subject took part in it. */
  public record Attendance(
      UUID sessionId, UUID panelId, UUID memberId, Instant startsAt, String status, String as) {}

  public record Export(List<Attendance> attended, List<UUID> sessionsPlanned) {}

  @Override
  public String section() {
    return "sessionAttendance";
  }

  @Override
  public Object export(DataSubject subject) {
    List<Attendance> attended =
        sessions.attendedByAny(subject.memberIds()).stream()
            .flatMap(
                session ->
                    subject.memberIds().stream()
                        .filter(
                            m -> session.present().contains(m) || session.apologies().contains(m))
                        .map(
                            m ->
                                new Attendance(
                                    session.id(),
                                    session.panelId(),
                                    m,
                                    session.startsAt(),
                                    session.status().name(),
                                    session.present().contains(m) ? "PRESENT" : "APOLOGIES")))
            .toList();
    List<UUID> planned =
        subject.keycloakUserId() == null
            ? List.of()
            : sessions.plannedBy(subject.keycloakUserId().toString()).stream()
                .map(PanelSession::id)
                .toList();
    return new Export(attended, planned);
  }

  @Override
  public void erase(DataSubject subject, Instant now) {
    for (PanelSession session : sessions.attendedByAny(subject.memberIds())) {
      subject.memberIds().forEach(member -> session.eraseAttendee(member, now));
    }
    if (subject.keycloakUserId() != null) {
      sessions.update(
          "createdBy = ?1 where createdBy = ?2",
          PersonalDataAuditEntry.ERASED,
          subject.keycloakUserId().toString());
    }
  }
}
