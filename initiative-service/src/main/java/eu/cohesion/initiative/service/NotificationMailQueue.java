package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.MailBackoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The e-mail outbox's rows. Each method is its own short transaction: the relay claims a batch
 * (moving its next attempt past a lease, so another instance skips it), sends with no transaction
 * open, then records the outcome.
 */
@ApplicationScoped
public class NotificationMailQueue {

  /** A queued e-mail: one notification's, or one day's digest. */
  public record Pending(
      UUID id, String recipient, UUID notificationId, LocalDate digestDay, int attempts) {}

  private final EntityManager entityManager;
  private final Clock clock;

  NotificationMailQueue(EntityManager entityManager, Clock clock) {
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * The due mails, at most {@code limit}, claimed for {@code lease}: if this instance dies while
   * sending, another takes them over once the lease ends (the mail may then go twice, never zero
   * times).
   */
  @Transactional
  public List<Pending> claim(int limit, Duration lease) {
    Instant now = now();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, recipient, notification_id, digest_day, attempts"
                    + " from notification_mail where sent_at is null and next_attempt_at <= ?1"
                    + " order by next_attempt_at limit ?2 for update skip locked")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    List<Pending> claimed =
        rows.stream()
            .map(
                r ->
                    new Pending(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        day(r[3]),
                        ((Number) r[4]).intValue()))
            .toList();
    if (!claimed.isEmpty()) {
      entityManager
          .createNativeQuery("update notification_mail set next_attempt_at = ?1 where id in ?2")
          .setParameter(1, Timestamp.from(now.plus(lease)))
          .setParameter(2, claimed.stream().map(Pending::id).toList())
          .executeUpdate();
    }
    return claimed;
  }

  @Transactional
  public void sent(UUID id) {
    entityManager
        .createNativeQuery(
            "update notification_mail set sent_at = ?2, attempts = attempts + 1, last_error = null"
                + " where id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(now()))
        .executeUpdate();
  }

  /** The attempt failed: try again after the back-off for this many failures. */
  @Transactional
  public void failed(Pending mail, String error) {
    int failures = mail.attempts() + 1;
    entityManager
        .createNativeQuery(
            "update notification_mail set attempts = ?2, next_attempt_at = ?3, last_error = ?4"
                + " where id = ?1")
        .setParameter(1, mail.id())
        .setParameter(2, failures)
        .setParameter(3, Timestamp.from(now().plus(MailBackoff.after(failures))))
        .setParameter(4, error.length() > 500 ? error.substring(0, 500) : error)
        .executeUpdate();
  }

  /** Nothing to send any more (no address, e-mail switched off meanwhile, an empty digest). */
  @Transactional
  public void drop(UUID id) {
    entityManager
        .createNativeQuery("delete from notification_mail where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** The driver's date type depends on the Hibernate version's mapping of a native date column. */
  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }
}
