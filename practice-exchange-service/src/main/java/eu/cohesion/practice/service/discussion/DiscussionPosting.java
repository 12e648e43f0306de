package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.ASK_QUESTION;
import static eu.cohesion.practice.domain.PracticeAction.COMMENT_ON_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.REPLY_TO_POST;
import static eu.cohesion.practice.domain.PracticeAction.REPORT_POST;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.AuthorRole;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.DiscussionText;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.domain.discussion.PostReport;
import eu.cohesion.practice.events.QuestionAsked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writing in the discussion of a published practice: questions, comments, replies and reports, by
 * signed-in people of any town, each within the posting limit ({@link DiscussionRateLimit}).
 */
@ApplicationScoped
public class DiscussionPosting {

  private final PublishedPractices practices;
  private final PostRepository posts;
  private final ReportRepository reports;
  private final DiscussionRateLimit limit;
  private final ChangeGate gate;

  DiscussionPosting(
      PublishedPractices practices,
      PostRepository posts,
      ReportRepository reports,
      DiscussionRateLimit limit,
      ChangeGate gate) {
    this.practices = practices;
    this.posts = posts;
    this.reports = reports;
    this.limit = limit;
    this.gate = gate;
  }

  /** The question and its {@code eu.cohesion.question.asked} commit together. */
  @Transactional
  public DiscussionPost ask(Actor actor, UUID practiceId, String title, String body) {
    GoodPractice practice = admitted(ASK_QUESTION, actor, practiceId, "ask questions on practices");
    Instant now = gate.now();
    DiscussionPost question =
        DiscussionPost.question(
            practice.id(), practice.cityCode(), author(actor), title, body, now);
    posts.persist(question);
    gate.announce(now, QuestionAsked.of(question));
    return question;
  }

  @Transactional
  public DiscussionPost comment(Actor actor, UUID practiceId, String body) {
    GoodPractice practice =
        admitted(COMMENT_ON_PRACTICE, actor, practiceId, "comment on practices");
    Instant now = gate.now();
    DiscussionPost comment =
        DiscussionPost.comment(practice.id(), practice.cityCode(), author(actor), body, now);
    posts.persist(comment);
    gate.announce(now, List.of());
    return comment;
  }

  /** A reply to a question or comment of the practice. */
  @Transactional
  public DiscussionPost reply(
      Actor actor, UUID practiceId, UUID parentId, PostKind parentKind, String body) {
    GoodPractice practice = admitted(REPLY_TO_POST, actor, practiceId, "reply on practices");
    DiscussionPost parent = post(practice.id(), parentId, parentKind);
    Instant now = gate.now();
    DiscussionPost reply = parent.reply(author(actor), body, now);
    posts.persist(reply);
    gate.announce(now, List.of());
    return reply;
  }

  /**
   * Counts the caller's report on the post, once: reporting the same post again changes nothing.
   */
  @Transactional
  public DiscussionPost report(Actor actor, UUID postId, String reason) {
    DiscussionPost post =
        posts
            .findByIdOptional(postId)
            .orElseThrow(() -> new ResourceNotFoundException("post", postId));
    PracticePermissions.TABLE.require(
        REPORT_POST, actor, post.cityCode(), "you may not report posts of town " + post.cityCode());
    practices.get(post.practiceId());
    if (post.isHidden()) {
      throw new RuleViolationException(
          "post-hidden", "Post hidden", "the moderators have hidden this post already");
    }
    String why = DiscussionText.optionalReason(reason);
    limit.admit(actor.subject());
    if (!reports.reported(post.id(), actor.subject())) {
      Instant now = gate.now();
      reports.persist(PostReport.of(post, actor.subject(), why, now));
      gate.announce(now, List.of());
    }
    return post;
  }

  /** A post of this practice and of this kind, or 404. */
  DiscussionPost post(UUID practiceId, UUID postId, PostKind kind) {
    return posts
        .findByIdOptional(postId)
        .filter(p -> p.practiceId().equals(practiceId) && p.kind() == kind)
        .orElseThrow(() -> new ResourceNotFoundException(kind.name().toLowerCase(), postId));
  }

  private GoodPractice admitted(PracticeAction action, Actor actor, UUID practiceId, String doing) {
    GoodPractice practice = practices.get(practiceId);
    PracticePermissions.TABLE.require(
        action,
        actor,
        practice.cityCode(),
        "you may not " + doing + " of town " + practice.cityCode());
    limit.admit(actor.subject());
    return practice;
  }

  private static DiscussionPost.Author author(Actor actor) {
    return new DiscussionPost.Author(actor.subject(), AuthorRole.of(actor), actor.city());
  }
}
