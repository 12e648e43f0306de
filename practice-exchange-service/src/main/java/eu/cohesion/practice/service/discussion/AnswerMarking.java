package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.events.QuestionAnswered;
import eu.cohesion.practice.service.follow.FollowerNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The practice's own town marks the reply that answers a question. */
@ApplicationScoped
public class AnswerMarking {

  private final PublishedPractices practices;
  private final PostRepository posts;
  private final ChangeGate gate;
  private final FollowerNotices followers;

  AnswerMarking(
      PublishedPractices practices,
      PostRepository posts,
      ChangeGate gate,
      FollowerNotices followers) {
    this.practices = practices;
    this.posts = posts;
    this.gate = gate;
    this.followers = followers;
  }

  /**
   * The mark, its {@code eu.cohesion.question.answered} and the notice to the practice's followers
   * and the asker commit together.
   */
  @Transactional
  public DiscussionPost mark(
      Actor actor, UUID practiceId, UUID questionId, Long expectedVersion, UUID replyId) {
    practices.get(practiceId);
    Optional<DiscussionPost> question =
        posts
            .findByIdOptional(questionId)
            .filter(p -> p.practiceId().equals(practiceId) && p.kind() == PostKind.QUESTION);
    return gate.load("question", questionId, question)
        .permit(PracticePermissions.TABLE, MARK_ANSWER, actor, "mark answers on practices")
        .ifMatch(expectedVersion)
        .apply(
            (q, now) -> {
              DiscussionPost reply =
                  posts
                      .findByIdOptional(replyId)
                      .orElseThrow(
                          () ->
                              new RuleViolationException(
                                  "not-a-reply-of-this-question",
                                  "Not a reply to this question",
                                  "reply " + replyId + " does not answer question " + questionId));
              q.markAnswer(reply, now);
              List<PublishedEvent> events = new ArrayList<>(List.of(QuestionAnswered.of(q)));
              events.addAll(followers.answered(q, actor.subject(), now));
              return events;
            });
  }
}
