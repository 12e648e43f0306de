package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.follow.FollowReason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.practice.followers-notified} on {@code practice-events}: whom a fact
 * on a practice concerns because they follow it, one of its themes, or asked the answered question.
 * Ids and facts only, like a review round's eligible reviewers; never the actor. Written only when
 * there is someone to tell.
 *
 * @param recipientIds Keycloak ids (token subjects), each once
 */
public record FollowersNotified(
    UUID practiceId,
    String city,
    FollowReason reason,
    List<String> recipientIds,
    Instant occurredAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.practice.followers-notified";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return practiceId;
  }
}
