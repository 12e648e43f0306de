package eu.cohesion.practice.events;

import java.util.UUID;

/** Data of {@code eu.cohesion.practice.drafted} on {@code practice-events}. */
public record PracticeDrafted(UUID practiceId, String city, UUID sourceInitiativeId) {

  public static final String TYPE = "eu.cohesion.practice.drafted";
}
