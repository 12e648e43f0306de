package eu.cohesion.initiative.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Once a day, shortly after midnight UTC, queues one digest e-mail for the day before to everyone
 * who chose a digest and had notifications that day. Cluster-safe: the run holds a PostgreSQL
 * advisory lock (as the kit's outbox relay does), and a day's digest is unique per person, so a
 * second instance or a re-run queues nothing twice.
 */
@ApplicationScoped
public class DailyDigest {

  /** Arbitrary but fixed key of the advisory lock held by the instance that queues digests. */
  private static final long LOCK_KEY = 0x4E4F544946L;

  private final EntityManager entityManager;
  private final Event<MailQueued> mailQueued;
  private final Clock clock;

  DailyDigest(EntityManager entityManager, Event<MailQueued> mailQueued, Clock clock) {
    this.entityManager = entityManager;
    this.mailQueued = mailQueued;
    this.clock = clock;
  }

  @Scheduled(
      cron = "${cohesion.notifications.digest-cron:0 5 0 * * ?}",
      timeZone = "UTC",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void nightly() {
    queue(LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC).minusDays(1));
  }

  /**
   * Queues the digests of one UTC day.
   *
   * @return how many were queued; 0 also when another instance holds the lock
   */
  @Transactional
  public int queue(LocalDate day) {
    Boolean locked =
        (Boolean)
            entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK_KEY)
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    int queued =
        entityManager
            .createNativeQuery(
                "insert into notification_mail"
                    + " (id, recipient, digest_day, created_at, next_attempt_at)"
                    + " select gen_random_uuid(), p.recipient, ?1, ?2, ?2"
                    + " from notification_preference p"
                    + " where p.email_enabled and p.daily_digest and exists ("
                    + "   select 1 from notification n where n.recipient = p.recipient"
                    + "   and n.created_at >= ?3 and n.created_at < ?4)"
                    + " on conflict on constraint notification_mail_one_digest_a_day do nothing")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, now)
            .setParameter(3, Timestamp.from(from))
            .setParameter(4, Timestamp.from(from.plus(1, ChronoUnit.DAYS)))
            .executeUpdate();
    if (queued > 0) {
      mailQueued.fire(new MailQueued());
    }
    return queued;
  }
}
