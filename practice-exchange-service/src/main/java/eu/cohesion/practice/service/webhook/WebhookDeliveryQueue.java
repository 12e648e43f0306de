package eu.cohesion.practice.service.webhook;

import eu.cohesion.practice.domain.webhook.DeliveryPolicy;
import eu.cohesion.practice.domain.webhook.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery rows. Each method is its own short transaction: the relay claims a batch (moving its
 * next attempt past a lease, so another instance skips it), sends with no transaction open, then
 * records the outcome. Only deliveries of ACTIVE subscriptions are claimed: a paused subscription's
 * rows wait until it is resumed.
 */
@ApplicationScoped
public class WebhookDeliveryQueue {

  /** A claimed delivery with what the relay needs to send it. */
  public record Pending(
      UUID id,
      UUID subscriptionId,
      String eventId,
      String payload,
      int attempts,
      String targetUrl,
      String secret) {}

  /** Fired in the transaction that queued deliveries; the relay drains after it commits. */
  public record Queued() {}

  private final EntityManager entityManager;
  private final Clock clock;
  private final Event<Queued> queued;

  WebhookDeliveryQueue(EntityManager entityManager, Clock clock, Event<Queued> queued) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.queued = queued;
  }

  /**
   * One PENDING delivery per ACTIVE subscription that wants the event's type, due now; an event
   * queued before for a subscription is not queued again.
   *
   * @return how many were queued
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int enqueue(String eventId, String eventType, String payload) {
    Timestamp now = Timestamp.from(now());
    int count =
        entityManager
            .createNativeQuery(
                "insert into webhook_delivery (id, subscription_id, event_id, event_type, payload,"
                    + " status, attempts, next_attempt_at, created_at, updated_at)"
                    + " select gen_random_uuid(), s.id, ?1, ?2, ?3, 'PENDING', 0, ?4, ?4, ?4"
                    + " from webhook_subscription s"
                    + " where s.status = 'ACTIVE' and ?2 = any (s.event_types)"
                    + " on conflict (subscription_id, event_id) do nothing")
            .setParameter(1, eventId)
            .setParameter(2, eventType)
            .setParameter(3, payload)
            .setParameter(4, now)
            .executeUpdate();
    if (count > 0) {
      queued.fire(new Queued());
    }
    return count;
  }

  /**
   * The due deliveries, at most {@code limit}, claimed for {@code lease}: if this instance dies
   * while sending, another takes them over once the lease ends (the event may then arrive twice,
   * which its id lets the receiver notice, never zero times).
   */
  @Transactional
  public List<Pending> claim(int limit, Duration lease) {
    Instant now = now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select d.id, d.subscription_id, d.event_id, d.payload, d.attempts, s.target_url,"
                    + " s.secret from webhook_delivery d"
                    + " join webhook_subscription s on s.id = d.subscription_id"
                    + " where d.status = 'PENDING' and d.next_attempt_at <= ?1"
                    + " and s.status = 'ACTIVE'"
                    + " order by d.next_attempt_at limit ?2 for update of d skip locked")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    List<Pending> claimed =
        rows.stream()
            .map(
                r ->
                    new Pending(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).intValue(),
                        (String) r[5],
                        (String) r[6]))
            .toList();
    if (!claimed.isEmpty()) {
      entityManager
          .createNativeQuery("update webhook_delivery set next_attempt_at = ?1 where id in ?2")
          .setParameter(1, Timestamp.from(now.plus(lease)))
          .setParameter(2, claimed.stream().map(Pending::id).toList())
          .executeUpdate();
    }
    return claimed;
  }

  /** A 2xx: delivered, and the subscription's run of failures ends. */
  @Transactional
  public void delivered(Pending delivery, int statusCode) {
    Timestamp now = Timestamp.from(now());
    entityManager
        .createNativeQuery(
            "update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1,"
                + " last_status_code = ?2, last_error = null, delivered_at = ?3,"
                + " next_attempt_at = null, updated_at = ?3 where id = ?1")
        .setParameter(1, delivery.id())
        .setParameter(2, statusCode)
        .setParameter(3, now)
        .executeUpdate();
    entityManager
        .createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = ?1")
        .setParameter(1, delivery.subscriptionId())
        .executeUpdate();
  }

  /**
   * A failed attempt ({@code statusCode} null when no response came): retried after the policy's
   * back-off or given up (FAILED); the subscription pauses once the policy says so.
   *
   * @return whether this failure paused the subscription
   */
  @Transactional
  public boolean failed(Pending delivery, Integer statusCode, String error, DeliveryPolicy policy) {
    Instant now = now();
    int failures = delivery.attempts() + 1;
    Optional<Instant> next = policy.nextAttempt(failures, now);
    entityManager
        .createNativeQuery(
            "update webhook_delivery set status = ?2, attempts = ?3, last_status_code = ?4,"
                + " last_error = ?5, next_attempt_at = ?6, updated_at = ?7 where id = ?1")
        .setParameter(1, delivery.id())
        .setParameter(2, next.isPresent() ? "PENDING" : "FAILED")
        .setParameter(3, failures)
        .setParameter(4, statusCode)
        .setParameter(5, error.length() > 500 ? error.substring(0, 500) : error)
        .setParameter(6, next.map(Timestamp::from).orElse(null))
        .setParameter(7, Timestamp.from(now))
        .executeUpdate();
    Number consecutive =
        (Number)
            entityManager
                .createNativeQuery(
                    "update webhook_subscription set consecutive_failures ="
                        + " consecutive_failures + 1 where id = ?1 returning consecutive_failures")
                .setParameter(1, delivery.subscriptionId())
                .getSingleResult();
    if (!policy.pauses(consecutive.intValue())) {
      return false;
    }
    // A paused subscription is a change the subscriber sees: a new version, a new ETag.
    return entityManager
            .createNativeQuery(
                "update webhook_subscription set status = 'PAUSED', paused_reason = ?2,"
                    + " updated_at = ?3, version = version + 1 where id = ?1 and status = 'ACTIVE'")
            .setParameter(1, delivery.subscriptionId())
            .setParameter(2, WebhookSubscription.PAUSED_AFTER_FAILURES)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** The subscriber's redelivery: PENDING again, due now, with a fresh count of attempts. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requeue(UUID deliveryId, Instant now) {
    entityManager
        .createNativeQuery(
            "update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?2,"
                + " delivered_at = null, updated_at = ?2 where id = ?1")
        .setParameter(1, deliveryId)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
    queued.fire(new Queued());
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
