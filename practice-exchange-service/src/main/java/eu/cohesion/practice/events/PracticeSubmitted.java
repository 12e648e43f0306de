package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.submitted} on {@code practice-events}: its town asks the
 * network admin to validate it.
 */
public record PracticeSubmitted(UUID practiceId, String city, Instant submittedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.submitted";

  public static PracticeSubmitted of(GoodPractice practice, Instant at) {
    return new PracticeSubmitted(practice.id(), practice.cityCode(), at);
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
