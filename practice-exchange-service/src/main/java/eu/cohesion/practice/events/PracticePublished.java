package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code eu.cohesion.practice.published} on {@code practice-events}. */
public record PracticePublished(
    UUID practiceId, String city, UUID sourceInitiativeId, String title, Instant publishedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.published";

  public static PracticePublished of(GoodPractice practice) {
    return new PracticePublished(
        practice.id(),
        practice.cityCode(),
        practice.sourceInitiativeId(),
        practice.title(),
        practice.publishedAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return practiceId;
  }
}
