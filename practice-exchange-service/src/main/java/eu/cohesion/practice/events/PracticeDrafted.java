package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.GoodPractice;
import java.util.UUID;

/** Data of {@code eu.cohesion.practice.drafted} on {@code practice-events}. */
public record PracticeDrafted(UUID practiceId, String city, UUID sourceInitiativeId)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.drafted";

  public static PracticeDrafted of(GoodPractice practice) {
    return new PracticeDrafted(practice.id(), practice.cityCode(), practice.sourceInitiativeId());
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
