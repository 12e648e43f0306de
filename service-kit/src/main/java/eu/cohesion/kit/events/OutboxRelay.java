package eu.cohesion.kit.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Decides when the outbox is drained: right after a transaction that wrote to it commits, and on a
 * timer to pick up what an outage left behind. Drains run one at a time on a dedicated thread, so a
 * request never waits for Kafka and a slow broker never piles up drains.
 */
@ApplicationScoped
class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final OutboxBatchPublisher publisher;
  private final int batchSize;
  private final OutboxMetrics metrics;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));

  /** Set while a drain is queued but not started: further triggers are then redundant. */
  private final AtomicBoolean queued = new AtomicBoolean();

  OutboxRelay(
      OutboxBatchPublisher publisher,
      @ConfigProperty(name = "cohesion.outbox.batch-size") int batchSize,
      OutboxMetrics metrics) {
    this.publisher = publisher;
    this.batchSize = batchSize;
    this.metrics = metrics;
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
    requestDrain();
  }

  @Scheduled(
      every = "${cohesion.outbox.relay-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void periodically() {
    requestDrain();
  }

  void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void requestDrain() {
    if (queued.compareAndSet(false, true)) {
      try {
        worker.execute(this::drain);
      } catch (RejectedExecutionException e) {
        // shutting down: the rows stay in the outbox for the next start
      }
    }
  }

  private void drain() {
    queued.set(false);
    try {
      while (publisher.publishBatch(batchSize)) {
        // a full batch went out: more rows may be waiting
      }
    } catch (RuntimeException e) {
      metrics.failed();
      LOG.warn("outbox relay failed; retrying on the next trigger", e);
    }
  }
}
