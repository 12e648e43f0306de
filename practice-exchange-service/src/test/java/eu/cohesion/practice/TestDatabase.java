package eu.cohesion.practice;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the service's tables directly, to check what a request or an event did or did not change.
 */
@ApplicationScoped
public class TestDatabase {

  private final AgroalDataSource dataSource;

  TestDatabase(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long practicesFor(UUID initiativeId) {
    return count("select count(*) from good_practice where source_initiative_id = ?", initiativeId);
  }

  public Optional<UUID> practiceFor(UUID initiativeId) {
    return query(
        "select id from good_practice where source_initiative_id = ?",
        rs -> rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty(),
        initiativeId);
  }

  /** Every column of the practice's row, to compare before and after a refused request. */
  public Map<String, Object> practiceRow(UUID practiceId) {
    return query(
        "select * from good_practice where id = ?",
        rs -> {
          Map<String, Object> row = new LinkedHashMap<>();
          if (rs.next()) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.put(meta.getColumnName(i), rs.getObject(i));
            }
          }
          return row;
        },
        practiceId);
  }

  public boolean processed(String eventId) {
    return count("select count(*) from processed_event where event_id = ?", eventId) == 1;
  }

  public long outboxRows() {
    return count("select count(*) from outbox_event");
  }

  public long outboxRows(UUID aggregateId, String type) {
    return count(
        "select count(*) from outbox_event where aggregate_id = ? and type = ?", aggregateId, type);
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
