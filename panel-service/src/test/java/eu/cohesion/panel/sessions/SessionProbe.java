package eu.cohesion.panel.sessions;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads session and privacy tables directly, to check what a request did or did not change. */
@ApplicationScoped
public class SessionProbe {

  private final SqlProbe sql;

  SessionProbe(AgroalDataSource dataSource) {
    this.sql = new SqlProbe(dataSource);
  }

  public long sessionsOf(UUID panelId) {
    return sql.count("select count(*) from panel_session where panel_id = ?", panelId);
  }

  /** Status, version and attendance of a session as one comparable text. */
  public String state(UUID sessionId) {
    return sql.query(
        "select status || '/' || version || '/' || coalesce(place, '') || '/'"
            + " || present::text || '/' || apologies::text from panel_session where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        sessionId);
  }

  public long outboxRows() {
    return sql.count("select count(*) from outbox_event");
  }

  public long outboxRowsOfType(UUID aggregateId, String type) {
    return sql.count(
        "select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId, type);
  }

  public long auditRows(UUID subjectId) {
    return sql.count("select count(*) from personal_data_audit where subject_id = ?", subjectId);
  }

  public long auditRowsBy(String actorId) {
    return sql.count("select count(*) from personal_data_audit where actor_id = ?", actorId);
  }

  public long erasures(UUID memberId) {
    return sql.count("select count(*) from member_erasure where member_id = ?", memberId);
  }

  public String sessionCreatedBy(UUID sessionId) {
    return sql.query(
        "select created_by from panel_session where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        sessionId);
  }
}
