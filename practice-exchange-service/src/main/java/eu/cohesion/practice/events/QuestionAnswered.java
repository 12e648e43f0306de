package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.question.answered}: the practice's town marked a reply as the answer
 * (again when it picks another one). Ids only.
 */
public record QuestionAnswered(
    UUID questionId, UUID practiceId, String practiceCity, UUID answerId, Instant answeredAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.question.answered";

  public static QuestionAnswered of(DiscussionPost question) {
    return new QuestionAnswered(
        question.id(),
        question.practiceId(),
        question.cityCode(),
        question.answerId(),
        question.answeredAt());
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
