package eu.cohesion.panel;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.util.PSQLException;

/** Reads the service's tables directly, to check what a request did or did not change. */
@ApplicationScoped
public class TestDatabase {

  private final SqlProbe sql;

  TestDatabase(AgroalDataSource dataSource) {
    this.sql = new SqlProbe(dataSource);
  }

  public long panelsIn(String city) {
    return sql.count("select count(*) from panel where city_code = ?", city);
  }

  public long membersOf(UUID panelId) {
    return sql.count("select count(*) from panel_member where panel_id = ?", panelId);
  }

  public long members() {
    return sql.count("select count(*) from panel_member");
  }

  /** The stored population groups of a member, as PostgreSQL returns them. */
  public String populationGroupsOf(UUID memberId) {
    return sql.query(
        "select population_groups::text from panel_member where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        memberId);
  }

  /**
   * Tries to insert a member behind the service's back; returns the violated constraint's name, or
   * null when the database accepted the row (which is then removed again).
   */
  public String insertMemberDirectly(
      UUID panelId, String category, String groups, boolean consent) {
    UUID id = UUID.randomUUID();
    try {
      sql.update(
          "insert into panel_member (id, panel_id, display_name, stakeholder_category,"
              + " population_groups, consent_recorded_at, consent_text_version, joined_at)"
              + " values (?, ?, 'Direct', ?, ?::text[], ?, ?, now())",
          id,
          panelId,
          category,
          groups,
          consent ? new Timestamp(System.currentTimeMillis()) : null,
          consent ? "consent-v1" : null);
    } catch (IllegalStateException e) {
      return e.getCause() instanceof PSQLException p && p.getServerErrorMessage() != null
          ? p.getServerErrorMessage().getConstraint()
          : e.getCause().getMessage();
    }
    sql.update("delete from panel_member where id = ?", id);
    return null;
  }

  public long candidatesOf(UUID panelId) {
    return sql.count("select count(*) from sortition_candidate where panel_id = ?", panelId);
  }

  public long drawsOf(UUID panelId) {
    return sql.count("select count(*) from sortition_draw where panel_id = ?", panelId);
  }

  public long outboxRows() {
    return sql.count("select count(*) from outbox_event");
  }

  public long outboxRowsFor(UUID panelId) {
    return sql.count("select count(*) from outbox_event where aggregate_id = ?", panelId);
  }

  public long outboxRowsOfType(UUID panelId, String type) {
    return sql.count(
        "select count(*) from outbox_event where aggregate_id = ? and type = ?", panelId, type);
  }

  /** The ids of the aggregate's outbox events in relay (seq) order. */
  public List<String> outboxEventIdsInOrder(UUID aggregateId) {
    return sql.query(
        "select id::text from outbox_event where aggregate_id = ? order by seq",
        rs -> {
          List<String> ids = new ArrayList<>();
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
          return ids;
        },
        aggregateId);
  }

  public long unpublishedOutboxRowsFor(UUID aggregateId) {
    return sql.count(
        "select count(*) from outbox_event where aggregate_id = ? and published_at is null",
        aggregateId);
  }

  /** When the panel's created event was relayed to Kafka; empty while it waits in the outbox. */
  public Optional<Timestamp> createdEventPublishedAt(UUID panelId) {
    return sql.query(
        "select published_at from outbox_event where aggregate_id = ? and type = ?",
        rs -> rs.next() ? Optional.ofNullable(rs.getTimestamp(1)) : Optional.empty(),
        panelId,
        "eu.cohesion.panel.created");
  }
}
