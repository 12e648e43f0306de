package eu.cohesion.kit.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
}
