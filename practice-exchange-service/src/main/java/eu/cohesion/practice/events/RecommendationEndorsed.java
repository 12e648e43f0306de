package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.recommendation.endorsed} on {@code practice-events}: a town endorsed
 * it ({@code endorsed} true) or withdrew its endorsement (false). The town, never the person.
 */
public record RecommendationEndorsed(
    UUID recommendationId, String city, boolean endorsed, Instant at) implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.recommendation.endorsed";

  public static RecommendationEndorsed of(
      UUID recommendationId, String city, boolean endorsed, Instant at) {
    return new RecommendationEndorsed(recommendationId, city, endorsed, at);
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
