package eu.cohesion.practice.service.finding;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_RECOMMENDATIONS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_RECOMMENDATIONS;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads recommendations, visible like findings, with the towns that endorse them. */
@ApplicationScoped
public class RecommendationCatalogue {

  private final RecommendationRepository recommendations;
  private final EndorsementRepository endorsements;

  RecommendationCatalogue(
      RecommendationRepository recommendations, EndorsementRepository endorsements) {
    this.recommendations = recommendations;
    this.endorsements = endorsements;
  }

  /**
   * @param audience only those addressed to it; {@code null} every audience
   */
  public ResultPage<Recommendation> list(Actor actor, PublicationQuery query, Audience audience) {
    String city =
        query.status() == PublicationStatus.PUBLISHED
            ? query.city()
            : PracticePermissions.TABLE.townToList(
                VIEW_DRAFT_RECOMMENDATIONS,
                actor,
                query.city(),
                "see the " + query.status().name().toLowerCase() + " recommendations");
    return Filter.of(query.paging())
        .and("status = :status", "status", query.status())
        .and("cityCode = :city", "city", city)
        .and("audience = :audience", "audience", audience)
        .page(recommendations, query.paging())
        .in(city);
  }

  public Recommendation get(Actor actor, UUID id) {
    Recommendation recommendation =
        recommendations
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("recommendation", id));
    if (!PracticePermissions.TABLE.allows(
        viewing(recommendation.status()), actor, recommendation.cityCode())) {
      throw new ResourceNotFoundException("recommendation", id);
    }
    return recommendation;
  }

  /** The towns that endorse it, sorted. */
  public List<String> endorsingTowns(UUID id) {
    return endorsements.towns(id);
  }

  private static PracticeAction viewing(PublicationStatus status) {
    return status == PublicationStatus.PUBLISHED
        ? VIEW_PUBLISHED_RECOMMENDATIONS
        : VIEW_DRAFT_RECOMMENDATIONS;
  }
}
