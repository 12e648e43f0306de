package eu.cohesion.initiative;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Reads and seeds the service's tables directly, to check what a request did or did not change. */
@ApplicationScoped
public class TestDatabase {

  /** What a refused request must leave as it was. */
  public record InitiativeState(String status, long version, long historySteps, long outboxRows) {}

  private final AgroalDataSource dataSource;

  TestDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Puts a panel into the read model as if its created event had been consumed: most tests are
   * about initiatives, not about the consumer, which has tests of its own.
   */
  public UUID knownPanel(String city) {
    UUID id = UUID.randomUUID();
    update(
        "insert into known_panel (id, city_code, name, first_seen_at) values (?, ?, ?, ?)",
        id,
        city,
        "Panel " + id,
        Timestamp.from(Instant.now()));
    return id;
  }

  public long knownPanelRows(UUID panelId) {
    return count("select count(*) from known_panel where id = ?", panelId);
  }

  public String knownPanelName(UUID panelId) {
    return query(
        "select name from known_panel where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        panelId);
  }

  public long processedEventRows(String eventId) {
    return count("select count(*) from processed_event where event_id = ?", eventId);
  }

  public long initiativesIn(String city) {
    return count("select count(*) from initiative where city_code = ?", city);
  }

  public long outboxRows() {
    return count("select count(*) from outbox_event");
  }

  public long outboxRowsFor(UUID aggregateId) {
    return count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
  }

  public long unpublishedOutboxRowsFor(UUID aggregateId) {
    return count(
        "select count(*) from outbox_event where aggregate_id = ? and published_at is null",
        aggregateId);
  }

  public InitiativeState initiativeState(UUID id) {
    return query(
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

  private long count(String sql, Object... parameters) {
    return query(
        sql,
        rs -> {
          rs.next();
          return rs.getLong(1);
        },
        parameters);
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T query(String sql, Reader<T> reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rs = statement.executeQuery()) {
      return reader.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
