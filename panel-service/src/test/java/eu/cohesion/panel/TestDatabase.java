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

  public long membersOf(UUID panelId) {
    return count("select count(*) from panel_member where panel_id = ?", panelId);
  }

  public long members() {
    return count("select count(*) from panel_member");
  }

  /** The stored population groups of a member, as PostgreSQL returns them. */
  public String populationGroupsOf(UUID memberId) {
    return query(
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
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "insert into panel_member (id, panel_id, display_name, stakeholder_category,"
                    + " population_groups, consent_recorded_at, joined_at)"
                    + " values (?, ?, 'Direct', ?, ?::text[], ?, now())")) {
      statement.setObject(1, id);
      statement.setObject(2, panelId);
      statement.setString(3, category);
      statement.setString(4, groups);
      statement.setTimestamp(5, consent ? new Timestamp(System.currentTimeMillis()) : null);
      statement.executeUpdate();
    } catch (SQLException e) {
      return e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null
          ? p.getServerErrorMessage().getConstraint()
          : e.getMessage();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("delete from panel_member where id = ?")) {
      statement.setObject(1, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return null;
  }

  public long outboxRows() {
    return count("select count(*) from outbox_event");
  }

  public long outboxRowsFor(UUID panelId) {
    return count("select count(*) from outbox_event where aggregate_id = ?", panelId);
  }

  public long outboxRowsOfType(UUID panelId, String type) {
    return count(
        "select count(*) from outbox_event where aggregate_id = ? and type = ?", panelId, type);
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
