package eu.cohesion.kit.messaging;

import static eu.cohesion.kit.messaging.FailureClassifier.classify;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.messaging.FailureClassifier.Kind;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

  @Test
  void aRecordThatCannotBeReadOrBreaksItsConstraintsIsPoison() {
    assertEquals(
        Kind.POISON, classify(new PoisonEvent(PoisonEvent.Reason.UNPARSEABLE, "not JSON")));
    assertEquals(Kind.POISON, classify(PoisonEvent.rejected("a rule the data breaks")));
    assertEquals(Kind.POISON, classify(new ConstraintViolationException("title", Set.of())));
    assertEquals(
        Kind.POISON,
        classify(new IllegalStateException("wrapped", PoisonEvent.rejected("deep inside"))));
    assertEquals(
        Kind.POISON,
        classify(new PersistenceException(new SQLException("value too long", "22001"))));
  }

  @Test
  void anUnreachableOrBusyDatabaseIsTransient() {
    // What PostgreSQL's driver reports, wrapped as Hibernate and JPA wrap it.
    SQLException refused = new SQLException("Connection to 127.0.0.1:15432 refused", "08001");
    assertEquals(
        Kind.TRANSIENT,
        classify(new PersistenceException(new JDBCConnectionException("", refused))));
    assertEquals(Kind.TRANSIENT, classify(new SQLException("terminating connection", "57P01")));
    assertEquals(Kind.TRANSIENT, classify(new SQLException("too many connections", "53300")));
    assertEquals(Kind.TRANSIENT, classify(new SQLException("canceling statement: lock", "55P03")));
    assertEquals(Kind.TRANSIENT, classify(new SQLException("deadlock detected", "40P01")));
    assertEquals(Kind.TRANSIENT, classify(new SQLException("could not serialize", "40001")));
    assertEquals(Kind.TRANSIENT, classify(new SQLTransientConnectionException("pool timeout")));
    assertEquals(Kind.TRANSIENT, classify(new jakarta.persistence.LockTimeoutException("lock")));
  }

  @Test
  void aHandlerCanDeclareItsFailurePassing() {
    assertEquals(Kind.TRANSIENT, classify(new TransientFailure("the mail relay is down")));
  }

  @Test
  void anythingElseIsUnexpectedAndSoNotDeadLettered() {
    assertEquals(Kind.UNEXPECTED, classify(new NullPointerException()));
    assertEquals(Kind.UNEXPECTED, classify(new SQLException("duplicate key", "23505")));
    assertEquals(Kind.UNEXPECTED, classify(new SQLException("no state")));
  }
}
