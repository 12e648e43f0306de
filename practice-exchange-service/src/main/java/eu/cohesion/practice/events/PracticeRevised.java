package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeRevision;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.revised} on {@code practice-events}: a published practice was
 * edited; its new text is the numbered revision.
 */
public record PracticeRevised(UUID practiceId, String city, int revision, Instant revisedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.revised";

  public static PracticeRevised of(GoodPractice practice, PracticeRevision revision) {
    return new PracticeRevised(
        practice.id(), practice.cityCode(), revision.number(), revision.at());
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
