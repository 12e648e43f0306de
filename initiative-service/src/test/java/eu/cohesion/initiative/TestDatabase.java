package eu.cohesion.initiative;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Reads and seeds the service's tables directly, to check what a request did or did not change. */
@ApplicationScoped
public class TestDatabase {

  /** What a refused request must leave as it was. */
  public record InitiativeState(String status, long version, long historySteps, long outboxRows) {}

  private final SqlProbe sql;

  TestDatabase(AgroalDataSource dataSource) {
    this.sql = new SqlProbe(dataSource);
  }

  /**
   * Puts a panel into the read model as if its created event had been consumed: most tests are
   * about initiatives, not about the consumer, which has tests of its own.
   */
  public UUID knownPanel(String city) {
    UUID id = UUID.randomUUID();
    sql.update(
        "insert into known_panel (id, city_code, name, first_seen_at) values (?, ?, ?, ?)",
        id,
        city,
        "Panel " + id,
        Timestamp.from(Instant.now()));
    return id;
  }

  public long knownPanelRows(UUID panelId) {
    return sql.count("select count(*) from known_panel where id = ?", panelId);
  }

  public String knownPanelName(UUID panelId) {
    return sql.query(
        "select name from known_panel where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        panelId);
  }

  public long processedEventRows(String eventId) {
    return sql.count("select count(*) from processed_event where event_id = ?", eventId);
  }

  public long initiativesIn(String city) {
    return sql.count("select count(*) from initiative where city_code = ?", city);
  }

  public long outboxRows() {
    return sql.count("select count(*) from outbox_event");
  }

  public long outboxRowsFor(UUID aggregateId) {
    return sql.count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
  }

  public long unpublishedOutboxRowsFor(UUID aggregateId) {
    return sql.count(
        "select count(*) from outbox_event where aggregate_id = ? and published_at is null",
        aggregateId);
  }

  public InitiativeState initiativeState(UUID id) {
    return sql.query(
        "select status, version,"
            + " (select count(*) from initiative_transition where initiative_id = i.id),"
            + " (select count(*) from outbox_event where aggregate_id = i.id)"
            + " from initiative i where id = ?",
        rs -> {
          if (!rs.next()) {
            throw new IllegalStateException("no initiative " + id);
          }
          return new InitiativeState(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        },
        id);
  }

  // Indicators

  /** What a refused indicator request must leave as it was. */
  public record IndicatorState(
      String name, String target, long version, long measurements, long outboxRows) {}

  public long indicatorsOf(UUID initiativeId) {
    return sql.count("select count(*) from indicator where initiative_id = ?", initiativeId);
  }

  public IndicatorState indicatorState(UUID id) {
    return sql.query(
        "select name, target::text, version,"
            + " (select count(*) from indicator_measurement where indicator_id = i.id),"
            + " (select count(*) from outbox_event where aggregate_id = i.id)"
            + " from indicator i where id = ?",
        rs ->
            rs.next()
                ? new IndicatorState(
                    rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))
                : null,
        id);
  }

  // reviews

  /** Puts a panel member into the read model as if member-joined had been consumed. */
  public UUID knownMember(
      UUID panelId, String city, String keycloakUserId, String pillar, boolean active) {
    UUID id = UUID.randomUUID();
    sql.update(
        "insert into known_panel_member (member_id, panel_id, city_code, keycloak_user_id, pillar,"
            + " role, active, updated_at) values (?, ?, ?, ?, ?, 'MEMBER', ?, ?)",
        id,
        panelId,
        city,
        keycloakUserId,
        pillar,
        active,
        Timestamp.from(Instant.now()));
    return id;
  }

  /** Rounds, reviews, scores (with their reasons) and outbox rows of an initiative. */
  public record ReviewState(long rounds, long reviews, String scores, long outboxRows) {}

  public ReviewState reviewState(UUID initiativeId) {
    return sql.query(
        "select (select count(*) from review_round where initiative_id = ?),"
            + " (select count(*) from review r join review_round rr on rr.id = r.round_id"
            + "  where rr.initiative_id = ?),"
            + " (select coalesce(string_agg(s.criterion || s.score || coalesce(s.reason, '-') ||"
            + "  r.version, ',' order by r.id, s.criterion), '') from review_score s"
            + "  join review r on r.id = s.review_id join review_round rr on rr.id = r.round_id"
            + "  where rr.initiative_id = ?),"
            + " (select count(*) from outbox_event where aggregate_id = ?)",
        rs -> {
          rs.next();
          return new ReviewState(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4));
        },
        initiativeId,
        initiativeId,
        initiativeId,
        initiativeId);
  }

  /** The payloads of an aggregate's outbox rows of one type, oldest first. */
  public java.util.List<String> outboxPayloads(UUID aggregateId, String type) {
    return sql.query(
        "select payload::text from outbox_event where aggregate_id = ? and type = ? order by seq",
        rs -> {
          java.util.List<String> payloads = new java.util.ArrayList<>();
          while (rs.next()) {
            payloads.add(rs.getString(1));
          }
          return payloads;
        },
        aggregateId,
        type);
  }

  public String memberState(UUID memberId) {
    return sql.query(
        "select coalesce(keycloak_user_id, '-') || '/' || pillar || '/' || active from known_panel_member"
            + " where member_id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        memberId);
  }

  public long count(String sql, Object... parameters) {
    return this.sql.count(sql, parameters);
  }
}
