package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.finding.Recommendation;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.recommendation.withdrawn} on {@code practice-events}; the reason stays
 * with the recommendation.
 */
public record RecommendationWithdrawn(UUID recommendationId, Instant withdrawnAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.recommendation.withdrawn";

  public static RecommendationWithdrawn of(Recommendation recommendation) {
    return new RecommendationWithdrawn(recommendation.id(), recommendation.withdrawnAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return recommendationId;
  }
}
