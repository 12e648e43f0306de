package eu.cohesion.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Relays one batch of the outbox in one transaction that holds the rows while they are sent. */
@ApplicationScoped
class OutboxBatchPublisher {

  private final OutboxRepository repository;
  private final OutboxSender sender;
  private final Clock clock;

  OutboxBatchPublisher(OutboxRepository repository, OutboxSender sender, Clock clock) {
    this.repository = repository;
    this.sender = sender;
    this.clock = clock;
  }

  /**
   * Sends the oldest unpublished rows in order and stamps each one only after Kafka acked it. Stops
   * at the first failure so that no later event overtakes it; rows acked until then are still
   * committed as published.
   *
   * @return whether the batch was full and completely sent, i.e. more rows may be waiting
   */
  @Transactional
  boolean publishBatch(int limit) {
    if (!repository.tryRelayLock()) {
      return false;
    }
    List<OutboxEvent> batch = repository.lockUnpublished(limit);
    for (OutboxEvent event : batch) {
      if (!sender.send(event)) {
        return false;
      }
      event.markPublished(clock.instant());
    }
    return batch.size() == limit;
  }
}
