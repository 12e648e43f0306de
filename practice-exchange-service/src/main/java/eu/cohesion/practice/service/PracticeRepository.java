package eu.cohesion.practice.service;

import eu.cohesion.practice.domain.GoodPractice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PracticeRepository implements PanacheRepositoryBase<GoodPractice, UUID> {

  /** Same question as the unique constraint {@code uq_good_practice_source_initiative}. */
  boolean existsForInitiative(UUID initiativeId) {
    return count("sourceInitiativeId", initiativeId) > 0;
  }
}
