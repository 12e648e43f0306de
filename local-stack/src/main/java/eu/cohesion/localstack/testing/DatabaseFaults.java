package eu.cohesion.localstack.testing;

import eu.cohesion.localstack.PostgresNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Faults of a service's test database while the service runs, for tests of what a consumer does
 * when its effect cannot be written: each fault lasts until it is closed.
 */
public final class DatabaseFaults {

  /** zonky's initdb trusts the superuser on loopback; only faults need it. */
  private static final String SUPERUSER = "postgres";

  private DatabaseFaults() {}

  /** A fault in force; closing it ends the fault. */
  public interface Fault extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Holds {@code ACCESS EXCLUSIVE} on a table in an open transaction: every statement that touches
   * the table waits (until its own lock timeout) for as long as the fault lasts.
   */
  public static Fault lockTable(String database, String table) {
    PostgresNode postgres = LocalStackTestResource.stack().postgres();
    try {
      Connection connection =
          DriverManager.getConnection(
              postgres.jdbcUrl(database), postgres.username(), postgres.password());
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("lock table " + table + " in access exclusive mode");
      }
      return () -> {
        try (connection) {
          connection.rollback();
        } catch (SQLException e) {
          throw new IllegalStateException("could not release the lock on " + table, e);
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("could not lock " + table, e);
    }
  }

  /**
   * The database refuses every connection of the application user and drops those it has, as during
   * a restart of PostgreSQL; closing lets connections in again.
   */
  public static Fault refuseConnections(String database) {
    asSuperuser(
        "alter database " + database + " connection limit 0",
        "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
            + database
            + "' and pid <> pg_backend_pid()");
    return () -> asSuperuser("alter database " + database + " connection limit -1");
  }

  private static void asSuperuser(String... statements) {
    PostgresNode postgres = LocalStackTestResource.stack().postgres();
    try (Connection connection =
            DriverManager.getConnection(postgres.jdbcUrl("postgres"), SUPERUSER, "");
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + String.join("; ", statements), e);
    }
  }
}
