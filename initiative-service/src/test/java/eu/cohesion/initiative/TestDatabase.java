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
}
