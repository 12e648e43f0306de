package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Survey;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

  Optional<Survey> findByInitiative(UUID initiativeId) {
    return find("initiativeId", initiativeId).singleResultOptional();
  }

  Optional<Survey> findByToken(String token) {
    return find("publicToken", token).singleResultOptional();
  }
}
