package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Initiative;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InitiativeRepository implements PanacheRepositoryBase<Initiative, UUID> {

  /** The initiative with its whole history, in one query. */
  Optional<Initiative> findWithHistory(UUID id) {
    return find("from Initiative i left join fetch i.history where i.id = ?1", id)
        .singleResultOptional();
  }
}
