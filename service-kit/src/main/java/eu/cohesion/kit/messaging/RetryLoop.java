package eu.cohesion.kit.messaging;

import eu.cohesion.kit.messaging.FailureClassifier.Kind;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs an event's attempt until it succeeds or proves the event poison. It blocks the consumer
 * thread meanwhile, on purpose: the partition must not move past an event whose effect is still
 * missing, or a later event of the same aggregate would overtake it.
 */
@ApplicationScoped
class RetryLoop {

  private static final Logger LOG = Logger.getLogger(RetryLoop.class);

  /** Waits between attempts; false when the service stops and the wait was cut short. */
  @FunctionalInterface
  interface Pause {
    boolean pause(Duration duration);
  }

  /**
   * The service stops while an event is still being retried. The record is neither acknowledged nor
   * dead-lettered: its offset stays uncommitted, so it is delivered again after the restart.
   */
  static final class RetryAbandoned extends RuntimeException {
    RetryAbandoned(String event, Throwable lastFailure) {
      super("stopped while retrying " + event, lastFailure);
    }
  }

  private final Backoff backoff;
  private final Pause pause;
  private final CountDownLatch stopping = new CountDownLatch(1);

  @Inject
  RetryLoop(
      @ConfigProperty(name = "cohesion.messaging.retry.initial-delay") Duration initialDelay,
      @ConfigProperty(name = "cohesion.messaging.retry.max-delay") Duration maxDelay) {
    this.backoff = new Backoff(initialDelay, maxDelay);
    this.pause = this::untilStopping;
  }

  RetryLoop(Backoff backoff, Pause pause) {
    this.backoff = backoff;
    this.pause = pause;
  }

  /**
   * Runs {@code attempt} until it returns. Throws only a {@link PoisonEvent} (the attempt's own, or
   * one wrapping a failure the data caused) or {@link RetryAbandoned} when the service stops.
   */
  void run(String event, Runnable attempt) {
    for (int n = 1; ; n++) {
      try {
        attempt.run();
        if (n > 1) {
          LOG.infof("%s applied at attempt %d", event, n);
        }
        return;
      } catch (RuntimeException failure) {
        Kind kind = FailureClassifier.classify(failure);
        if (kind == Kind.POISON) {
          throw PoisonEvent.in(failure)
              .orElseGet(
                  () ->
                      new PoisonEvent(
                          PoisonEvent.Reason.REJECTED,
                          event + ": " + rootCause(failure).getMessage(),
                          failure));
        }
        Duration delay = backoff.after(n);
        log(kind, event, n, delay, failure);
        if (!pause.pause(delay)) {
          throw new RetryAbandoned(event, failure);
        }
      }
    }
  }

  private static void log(Kind kind, String event, int attempt, Duration delay, Throwable failure) {
    String message = "%s failed at attempt %d, retrying in %d ms: %s";
    if (kind == Kind.UNEXPECTED && attempt == 1) {
      // Once with its stack trace: it may be a bug that blocks the topic until it is fixed.
      LOG.errorf(failure, message, event, attempt, delay.toMillis(), failure);
    } else if (kind == Kind.UNEXPECTED) {
      LOG.errorf(message, event, attempt, delay.toMillis(), rootCause(failure));
    } else {
      LOG.warnf(message, event, attempt, delay.toMillis(), rootCause(failure));
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  private boolean untilStopping(Duration duration) {
    try {
      return !stopping.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stopping.countDown();
  }
}
