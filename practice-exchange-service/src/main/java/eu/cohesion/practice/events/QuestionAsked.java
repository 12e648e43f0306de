package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.question.asked} on {@code practice-events}: ids and towns only, never
 * the text or who asked.
 */
public record QuestionAsked(
    UUID questionId, UUID practiceId, String practiceCity, String askerCity, Instant askedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.question.asked";

  public static QuestionAsked of(DiscussionPost question) {
    return new QuestionAsked(
        question.id(),
        question.practiceId(),
        question.cityCode(),
        question.authorCity(),
        question.createdAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return questionId;
  }
}
