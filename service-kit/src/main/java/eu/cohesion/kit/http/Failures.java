package eu.cohesion.kit.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads a failure's cause chain for what the client should be told instead of a 500: the database
 * is unreachable (503, try again), a value it sent cannot be stored (400), or a concurrent request
 * took a unique value first (409).
 */
public final class Failures {

  private Failures() {}

  /**
   * Connection refused or lost, pool exhausted waiting for one, server shutting down: SQLSTATE
   * class 08 (connection exception) and 57P01–57P03 (PostgreSQL going down or starting).
   */
  public static boolean databaseUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
          return true;
        }
        // Agroal's pool gives up waiting for a connection without an SQLSTATE.
        String message = sql.getMessage();
        if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 22 (data exception): a value too long for its column, a character the database
   * cannot store (NUL), a number or date out of range — input the API let through.
   */
  public static boolean unstorableValue(Throwable failure) {
    return hasSqlState(failure, state -> state.startsWith("22"));
  }

  /**
   * SQLSTATE 23505 (unique violation) at flush or commit: the use case checked that the value was
   * free, but a concurrent transaction took it between the check and the commit (two coordinators
   * linking one account at once). The checks refuse the same request once it is repeated.
   */
  public static boolean uniqueViolation(Throwable failure) {
    return hasSqlState(failure, "23505"::equals);
  }

  /**
   * Whether an {@link SQLException} in the cause chain carries an SQLSTATE {@code wanted} accepts.
   */
  private static boolean hasSqlState(Throwable failure, Predicate<String> wanted) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && wanted.test(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
