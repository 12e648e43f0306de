package eu.cohesion.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What the outbox looks like to an operator ({@code /q/metrics}, see docs/operations.md): the
 * backlog ({@code cohesion_outbox_backlog}, unpublished rows), the age of its oldest row ({@code
 * cohesion_outbox_oldest_age_seconds}) and the relay's counts of acked events and failures.
 *
 * <p>The backlog is read by one SQL every {@code cohesion.outbox.backlog-refresh}, never per scrape
 * or probe: scrapers and probes then cost the database nothing, and a slow database cannot pile up
 * their queries. The age is computed at read time from the oldest row's time, so it keeps growing
 * between refreshes while that row waits.
 */
@ApplicationScoped
public class OutboxMetrics {

  private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

  /** The backlog as last read, and when. */
  record Backlog(long unpublished, Optional<Instant> oldestCreatedAt, Instant readAt) {}

  private final OutboxRepository repository;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Counter relayed;
  private final Counter failures;
  private volatile Backlog backlog;

  OutboxMetrics(OutboxRepository repository, MeterRegistry registry, Clock clock) {
    this.repository = repository;
    this.registry = registry;
    this.clock = clock;
    this.backlog = new Backlog(0, Optional.empty(), clock.instant());
    this.relayed =
        Counter.builder("cohesion.outbox.relayed")
            .description("Outbox events the broker acknowledged")
            .register(registry);
    this.failures =
        Counter.builder("cohesion.outbox.relay.failures")
            .description("Outbox sends Kafka refused or did not ack in time, and failed drains")
            .register(registry);
  }

  void onStart(@Observes StartupEvent event) {
    Gauge.builder("cohesion.outbox.backlog", this, m -> m.backlog.unpublished())
        .description("Unpublished outbox rows, as last read")
        .register(registry);
    Gauge.builder("cohesion.outbox.oldest.age", this, m -> m.oldestAge().toMillis() / 1000.0)
        .description("Age of the oldest unpublished outbox row, 0 when there is none")
        .baseUnit("seconds")
        .register(registry);
    refresh();
  }

  @Scheduled(
      every = "${cohesion.outbox.backlog-refresh}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void refresh() {
    try {
      backlog = QuarkusTransaction.requiringNew().call(() -> repository.backlog(clock.instant()));
    } catch (RuntimeException e) {
      // the database is away: the last reading stays, with its time (the datasource check says why)
      LOG.debugf("outbox backlog not read: %s", e.toString());
    }
  }

  Backlog backlog() {
    return backlog;
  }

  /** How long the oldest unpublished row has waited; zero when nothing waits. */
  Duration oldestAge() {
    return backlog
        .oldestCreatedAt()
        .map(oldest -> Duration.between(oldest, clock.instant()))
        .filter(age -> !age.isNegative())
        .orElse(Duration.ZERO);
  }

  void relayed(int events) {
    relayed.increment(events);
  }

  void failed() {
    failures.increment();
  }
}
