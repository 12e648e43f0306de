package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.events.QuestionAnswered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The practice's own town marks the reply that answers a question. */
@ApplicationScoped
public class AnswerMarking {

  private final PublishedPractices practices;
  private final PostRepository posts;
  private final ChangeGate gate;

  AnswerMarking(PublishedPractices practices, PostRepository posts, ChangeGate gate) {
    this.practices = practices;
    this.posts = posts;
    this.gate = gate;
  }

  /** The mark and its {@code eu.cohesion.question.answered} commit together. */
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
              return List.of(QuestionAnswered.of(q));
            });
  }
}
