package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PoolCandidate;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PoolCandidateRepository implements PanacheRepositoryBase<PoolCandidate, UUID> {

  /** Every candidate of the pool, oldest first. */
  List<PoolCandidate> ofPool(UUID panelId) {
    return list("panelId = ?1 order by createdAt, id", panelId);
  }

  long countOfPool(UUID panelId) {
    return count("panelId", panelId);
  }

  void removeAllOf(UUID panelId) {
    delete("panelId = ?1 and memberId is null", panelId);
  }

  public List<PoolCandidate> ofMemberIds(Collection<UUID> memberIds) {
    return memberIds.isEmpty() ? List.of() : list("memberId in ?1", memberIds);
  }
}
