package eu.cohesion.kit.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void connectionFailuresAnywhereInTheChainMeanTheDatabaseIsUnreachable() {
    assertTrue(
        Failures.databaseUnreachable(
            new JDBCConnectionException("x", new SQLException("refused", "08001"))));
    assertTrue(
        Failures.databaseUnreachable(
            new RuntimeException(new SQLTransientConnectionException("gone"))));
    assertTrue(
        Failures.databaseUnreachable(
            new IllegalStateException(new SQLException("Sorry, acquisition timeout!"))));
    assertTrue(
        Failures.databaseUnreachable(
            new SQLException("terminating connection due to administrator command", "57P01")));
    assertTrue(
        Failures.databaseUnreachable(
            new RuntimeException(new ConnectException("Connection refused"))));
    assertFalse(Failures.databaseUnreachable(new SQLException("duplicate key", "23505")));
    assertFalse(Failures.databaseUnreachable(new IllegalStateException("bug")));
  }

  @Test
  void dataExceptionsAreValuesTheDatabaseCannotStore() {
    assertTrue(
        Failures.unstorableValue(
            new RuntimeException(new SQLException("value too long", "22001"))));
    assertTrue(
        Failures.unstorableValue(
            new SQLException("invalid byte sequence for encoding UTF8: 0x00", "22021")));
    assertFalse(Failures.unstorableValue(new SQLException("duplicate key", "23505")));
  }

  @Test
  void aUniqueViolationAnywhereInTheChainIsAConcurrentConflict() {
    assertTrue(
        Failures.uniqueViolation(
            new RuntimeException(new SQLException("duplicate key value", "23505"))));
    assertFalse(Failures.uniqueViolation(new SQLException("foreign key", "23503")));
    assertFalse(Failures.uniqueViolation(new SQLException("value too long", "22001")));
    assertFalse(Failures.uniqueViolation(new IllegalStateException("bug")));
  }
}
