package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.returned} on {@code practice-events}: the network admin sent
 * it back to its town; the reason stays with the practice.
 */
public record PracticeReturned(UUID practiceId, String city, Instant returnedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.returned";

  public static PracticeReturned of(GoodPractice practice, Instant at) {
    return new PracticeReturned(practice.id(), practice.cityCode(), at);
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
