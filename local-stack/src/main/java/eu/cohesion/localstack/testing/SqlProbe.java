package eu.cohesion.localstack.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC on a service's test database, behind the service's back: tests read its tables to
 * check what a request did or did not change.
 */
public final class SqlProbe {

  /** Turns a result set into the value a test wants. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private final DataSource dataSource;

  public SqlProbe(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The single number a {@code select count(*) …} returns. */
  public long count(String sql, Object... parameters) {
    return query(
        sql,
        rs -> {
          rs.next();
          return rs.getLong(1);
        },
        parameters);
  }

  public <T> T query(String sql, Reader<T> reader, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rs = statement.executeQuery()) {
      return reader.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public void update(String sql, Object... parameters) {
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
