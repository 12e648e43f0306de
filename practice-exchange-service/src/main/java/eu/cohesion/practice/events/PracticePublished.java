package eu.cohesion.practice.events;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code eu.cohesion.practice.published} on {@code practice-events}. */
public record PracticePublished(
    UUID practiceId, String city, UUID sourceInitiativeId, String title, Instant publishedAt) {

  public static final String TYPE = "eu.cohesion.practice.published";
}
