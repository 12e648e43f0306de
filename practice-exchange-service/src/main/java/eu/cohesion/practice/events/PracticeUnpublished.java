package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.unpublished} on {@code practice-events}: the network admin
 * took it off line and returned it to its town; the reason stays with the practice.
 */
public record PracticeUnpublished(UUID practiceId, String city, Instant unpublishedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.unpublished";

  public static PracticeUnpublished of(GoodPractice practice, Instant at) {
    return new PracticeUnpublished(practice.id(), practice.cityCode(), at);
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
