package eu.cohesion.kit.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

  /** Arbitrary but fixed key of the PostgreSQL advisory lock held by the active relay. */
  private static final long RELAY_LOCK_KEY = 0x6f7574626f78L;

  /**
   * Makes this transaction the only relay of the database until it ends, so events leave in seq
   * order even with several instances; false if another relay holds it.
   */
  boolean tryRelayLock() {
    return (Boolean)
        getEntityManager()
            .createNativeQuery("select pg_try_advisory_xact_lock(:key)", Boolean.class)
            .setParameter("key", RELAY_LOCK_KEY)
            .getSingleResult();
  }

  /** The oldest unpublished rows, row-locked; rows another transaction holds are skipped. */
  @SuppressWarnings("unchecked")
  List<OutboxEvent> lockUnpublished(int limit) {
    return getEntityManager()
        .createNativeQuery(
            "select * from outbox_event where published_at is null order by seq limit :limit"
                + " for update skip locked",
            OutboxEvent.class)
        .setParameter("limit", limit)
        .getResultList();
  }

  /** How many rows wait to be relayed, and the time of the oldest (one indexed scan). */
  OutboxMetrics.Backlog backlog(Instant readAt) {
    Object[] row =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    "select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult();
    return new OutboxMetrics.Backlog(
        ((Number) row[0]).longValue(),
        Optional.ofNullable(row[1]).map(OutboxRepository::instant),
        readAt);
  }

  private static Instant instant(Object timestamp) {
    if (timestamp instanceof Instant instant) {
      return instant;
    }
    if (timestamp instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (timestamp instanceof Timestamp sql) {
      return sql.toInstant();
    }
    throw new IllegalStateException("unexpected " + timestamp.getClass());
  }
}
