package eu.cohesion.kit.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * The consumer side of "none applied twice": an event id is recorded in the same transaction as its
 * effect, so a redelivered event (after a crash, a rebalance or a producer retry) is skipped. Each
 * consuming service has a {@code processed_event} table for it.
 */
@ApplicationScoped
public class ProcessedEvents {

  private final EntityManager entityManager;

  ProcessedEvents(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Makes this transaction give up on a row or table lock after {@code timeout} instead of waiting
   * without end: the router then retries the event later, and a stuck lock shows in the log.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void limitLockWaits(Duration timeout) {
    entityManager
        .createNativeQuery("select set_config('lock_timeout', ?1, true)")
        .setParameter(1, timeout.toMillis() + "ms")
        .getSingleResult();
  }

  /**
   * Records the event as applied. False if it was applied before: the caller then does nothing. A
   * concurrent duplicate waits on the row lock and then sees it as applied.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(ReceivedEvent event) {
    return firstDelivery("", event);
  }

  /**
   * The same for one of several consumers of a service that apply the same event each for itself
   * (e.g. a read model and the webhook dispatch): the row is the event id prefixed with {@code
   * consumer:}, so one consumer's mark does not hide the event from the other.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String consumer, ReceivedEvent event) {
    String key = consumer.isEmpty() ? event.id() : consumer + ":" + event.id();
    return entityManager
            .createNativeQuery(
                "insert into processed_event (event_id, type, processed_at) values (?1, ?2, now())"
                    + " on conflict (event_id) do nothing")
            .setParameter(1, key)
            .setParameter(2, event.type())
            .executeUpdate()
        == 1;
  }
}
