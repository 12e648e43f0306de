package eu.cohesion.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Relays one batch of the outbox in one transaction that holds the rows while they are sent. */
@ApplicationScoped
class OutboxBatchPublisher {

  private final OutboxRepository repository;
  private final OutboxSender sender;
  private final Clock clock;
  private final OutboxMetrics metrics;

  OutboxBatchPublisher(
      OutboxRepository repository, OutboxSender sender, Clock clock, OutboxMetrics metrics) {
    this.repository = repository;
    this.sender = sender;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Sends the oldest unpublished rows in seq order, all of them before awaiting the acks, and
   * stamps the rows Kafka acked up to the first failure. Stopping there means that no later event
   * overtakes a failed one: the rows after it stay unpublished and are sent again, in order, next
   * time; rows acked until then are still committed as published. The advisory lock keeps a second
   * relay (another replica) from sending the same rows in between.
   *
   * @return whether the batch was full and completely sent, i.e. more rows may be waiting
   */
  @Transactional
  boolean publishBatch(int limit) {
    if (!repository.tryRelayLock()) {
      return false;
    }
    List<OutboxEvent> batch = repository.lockUnpublished(limit);
    int acked = sender.sendInOrder(batch);
    Instant now = clock.instant();
    batch.subList(0, acked).forEach(event -> event.markPublished(now));
    metrics.relayed(acked);
    return acked == limit;
  }
}
