package eu.cohesion.kit.readcache;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * The writes of this replica's own transactions, whatever started them (a request, a consumer, a
 * job): when one that wrote an entity completes, {@link DatabaseChanges} starts a new generation at
 * once, so that no read after it is answered from before it, without waiting for the database's
 * notification. One instance per session, hence per transaction (Quarkus' {@code @Dependent}
 * interceptors).
 */
@PersistenceUnitExtension
@Dependent
public class CommittedWrites implements Interceptor {

  private final DatabaseChanges changes;
  private boolean wrote;

  CommittedWrites(DatabaseChanges changes) {
    this.changes = changes;
  }

  @Override
  public boolean onPersist(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    wrote = true;
    return false;
  }

  @Override
  public boolean onFlushDirty(
      Object entity,
      Object id,
      Object[] currentState,
      Object[] previousState,
      String[] propertyNames,
      Type[] types) {
    wrote = true;
    return false;
  }

  @Override
  public void onRemove(
      Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
    wrote = true;
  }

  @Override
  public void onCollectionUpdate(Object collection, Object key) {
    wrote = true;
  }

  @Override
  public void onCollectionRemove(Object collection, Object key) {
    wrote = true;
  }

  /** Also after a rollback: a needless new generation only costs the cache a fresh read. */
  @Override
  public void afterTransactionCompletion(Transaction tx) {
    if (wrote) {
      changes.bump();
      wrote = false;
    }
  }
}
