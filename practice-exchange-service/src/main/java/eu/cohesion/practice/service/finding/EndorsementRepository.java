package eu.cohesion.practice.service.finding;

import eu.cohesion.practice.domain.finding.RecommendationEndorsement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EndorsementRepository
    implements PanacheRepositoryBase<RecommendationEndorsement, UUID> {

  /** The endorsing towns, sorted. */
  public List<String> towns(UUID recommendationId) {
    return find("recommendationId = ?1 order by cityCode", recommendationId).stream()
        .map(RecommendationEndorsement::cityCode)
        .toList();
  }

  Optional<RecommendationEndorsement> of(UUID recommendationId, String town) {
    return find("recommendationId = ?1 and cityCode = ?2", recommendationId, town)
        .firstResultOptional();
  }
}
