package eu.cohesion.kit.messaging;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells what an event's failed attempt means. Only {@link Kind#POISON} leaves the partition (to the
 * dead-letter topic); {@link Kind#TRANSIENT} and {@link Kind#UNEXPECTED} are both retried in place,
 * and differ only in how loudly they are logged: a failure nobody classified may still be a passing
 * one, and dead-lettering a valid event loses its effect until someone replays it.
 */
final class FailureClassifier {

  enum Kind {
    /** The record itself is unusable (unreadable, invalid, or its data refused): dead-letter it. */
    POISON,
    /** The effect will succeed later (database down, lock timeout, deadlock): retry. */
    TRANSIENT,
    /** Neither is known, e.g. a bug in a handler: retry, and log it as an error. */
    UNEXPECTED
  }

  /**
   * SQLState classes and codes of a passing condition (PostgreSQL's table, mostly standard): 08
   * connection exception, 40 transaction rollback (serialization failure, deadlock), 53
   * insufficient resources (too many connections), 55P03 lock not available (lock_timeout), 57014
   * query cancelled (statement_timeout), 57P01–57P03 server shutting down or starting.
   */
  private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53");

  private static final Set<String> TRANSIENT_SQL_STATES =
      Set.of("55P03", "57014", "57P01", "57P02", "57P03");

  private FailureClassifier() {}

  static Kind classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PoisonEvent
          || t instanceof ConstraintViolationException
          || (t instanceof SQLException sql && isDataException(sql))) {
        return Kind.POISON;
      }
      if (isTransient(t)) {
        return Kind.TRANSIENT;
      }
    }
    return Kind.UNEXPECTED;
  }

  /** SQLState class 22, e.g. a value too long or out of range: the event's data, not the moment. */
  private static boolean isDataException(SQLException sql) {
    return sql.getSQLState() != null && sql.getSQLState().startsWith("22");
  }

  private static boolean isTransient(Throwable t) {
    if (t instanceof TransientFailure
        || t instanceof SQLTransientException
        || t instanceof SQLRecoverableException
        || t instanceof JDBCConnectionException
        || t instanceof LockAcquisitionException
        || t instanceof LockTimeoutException
        || t instanceof PessimisticLockException
        || t instanceof QueryTimeoutException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return TRANSIENT_SQL_STATES.contains(state)
          || (state.length() >= 2 && TRANSIENT_SQL_CLASSES.contains(state.substring(0, 2)));
    }
    return false;
  }
}
