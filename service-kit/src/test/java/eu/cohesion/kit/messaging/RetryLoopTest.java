package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryLoopTest {

  private final List<Duration> pauses = new ArrayList<>();
  private final RetryLoop loop =
      new RetryLoop(
          new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10)),
          duration -> {
            pauses.add(duration);
            return true;
          });

  @Test
  void aTransientFailureIsRetriedWithGrowingPausesUntilTheEffectSucceeds() {
    AtomicInteger attempts = new AtomicInteger();
    loop.run(
        "event",
        () -> {
          if (attempts.incrementAndGet() < 4) {
            throw new IllegalStateException(new SQLException("connection refused", "08001"));
          }
        });
    assertEquals(4, attempts.get());
    assertEquals(List.of(ms(200), ms(400), ms(800)), pauses);
  }

  @Test
  void anUnexpectedFailureIsRetriedToo() {
    AtomicInteger attempts = new AtomicInteger();
    loop.run(
        "event",
        () -> {
          if (attempts.incrementAndGet() == 1) {
            throw new NullPointerException("a bug fixed by the next attempt's luck");
          }
        });
    assertEquals(2, attempts.get());
  }

  @Test
  void aPoisonVerdictLeavesAtOnceWithoutAnyPause() {
    PoisonEvent poison = PoisonEvent.rejected("unusable");
    AtomicInteger attempts = new AtomicInteger();
    PoisonEvent thrown =
        assertThrows(
            PoisonEvent.class,
            () ->
                loop.run(
                    "event",
                    () -> {
                      attempts.incrementAndGet();
                      throw poison;
                    }));
    assertSame(poison, thrown);
    assertEquals(1, attempts.get());
    assertEquals(List.of(), pauses);
  }

  @Test
  void aFailureTheDataCausedBecomesAPoisonVerdictForTheDeadLetterStrategy() {
    SQLException tooLong = new SQLException("value too long for type", "22001");
    PoisonEvent thrown =
        assertThrows(
            PoisonEvent.class,
            () ->
                loop.run(
                    "event",
                    () -> {
                      throw new IllegalStateException(tooLong);
                    }));
    assertEquals(PoisonEvent.Reason.REJECTED, thrown.reason());
    assertSame(tooLong, thrown.getCause().getCause());
    assertEquals(List.of(), pauses);
  }

  @Test
  void stoppingTheServiceAbandonsTheRetryWithoutCallingItPoison() {
    RetryLoop stopping =
        new RetryLoop(new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10)), d -> false);
    RuntimeException thrown =
        assertThrows(
            RetryLoop.RetryAbandoned.class,
            () ->
                stopping.run(
                    "event",
                    () -> {
                      throw new TransientFailure("down");
                    }));
    assertTrue(PoisonEvent.in(thrown).isEmpty(), "the dead-letter strategy must not park it");
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
