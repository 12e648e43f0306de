package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.CandidatePool;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CandidatePoolRepository implements PanacheRepositoryBase<CandidatePool, UUID> {

  /** The pool, its row locked until the transaction ends: changes of one pool queue up. */
  Optional<CandidatePool> locked(UUID panelId) {
    return findByIdOptional(panelId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Moves the pool's version: a change of its candidates is a change of the pool. */
  void bump(CandidatePool pool) {
    getEntityManager().lock(pool, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
  }
}
