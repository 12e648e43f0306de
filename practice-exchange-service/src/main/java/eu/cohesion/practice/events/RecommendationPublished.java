package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.Recommendation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.recommendation.published} on {@code practice-events}: its audience and
 * the findings that back it.
 */
public record RecommendationPublished(
    UUID recommendationId, Audience audience, List<UUID> findingIds, Instant publishedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.recommendation.published";

  public static RecommendationPublished of(Recommendation recommendation) {
    return new RecommendationPublished(
        recommendation.id(),
        recommendation.audience(),
        recommendation.findingIds(),
        recommendation.publishedAt());
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
