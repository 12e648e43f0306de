package eu.cohesion.panel;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/** Reads the service's tables directly, to check what a request did or did not change. */
@ApplicationScoped
public class TestDatabase {

  private final AgroalDataSource dataSource;

  TestDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long panelsIn(String city) {
    return count("select count(*) from panel where city_code = ?", city);
  }

  public long outboxRows() {
    return count("select count(*) from outbox_event");
  }

  public long outboxRowsFor(UUID panelId) {
    return count("select count(*) from outbox_event where aggregate_id = ?", panelId);
  }

  /** When the panel's created event was relayed to Kafka; empty while it waits in the outbox. */
  public Optional<Timestamp> createdEventPublishedAt(UUID panelId) {
    return query(
        "select published_at from outbox_event where aggregate_id = ? and type = ?",
        rs -> rs.next() ? Optional.ofNullable(rs.getTimestamp(1)) : Optional.empty(),
        panelId,
        "eu.cohesion.panel.created");
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
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        return reader.read(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
