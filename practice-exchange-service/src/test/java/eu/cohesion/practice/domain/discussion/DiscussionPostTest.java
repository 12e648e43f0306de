package eu.cohesion.practice.domain.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.problem.RuleViolationException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Questions, comments, replies, the marked answer, reports and the moderation state machine. */
class DiscussionPostTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final UUID PRACTICE = UUID.randomUUID();
  private static final DiscussionPost.Author TARTU =
      new DiscussionPost.Author("u-tartu", AuthorRole.MEMBER, "tartu");
  private static final DiscussionPost.Author MECHELEN =
      new DiscussionPost.Author("u-mechelen", AuthorRole.COORDINATOR, "mechelen");

  private static DiscussionPost question() {
    return DiscussionPost.question(
        PRACTICE, "mechelen", TARTU, " Volunteers? ", "How did you find volunteers?", NOW);
  }

  @Test
  void aQuestionBelongsToThePracticesTownAndKeepsItsAuthorsTown() {
    DiscussionPost q = question();
    assertEquals(PostKind.QUESTION, q.kind());
    assertEquals("mechelen", q.cityCode());
    assertEquals("tartu", q.authorCity());
    assertEquals(AuthorRole.MEMBER, q.authorRole());
    assertEquals("Volunteers?", q.title());
    assertEquals(Visibility.VISIBLE, q.visibility());
    assertTrue(q.writtenBy("u-tartu"));
    assertFalse(q.writtenBy(null));
    assertNull(q.answerId());
  }

  @Test
  void repliesAreOneLevelDeep() {
    DiscussionPost q = question();
    DiscussionPost reply = q.reply(MECHELEN, "Through the library.", NOW);
    assertEquals(PostKind.REPLY, reply.kind());
    assertEquals(q.id(), reply.parentId());
    assertEquals(PostKind.QUESTION, reply.parentKind());
    assertEquals("mechelen", reply.cityCode());
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> reply.reply(TARTU, "And then?", NOW));
    assertEquals("reply-to-reply", refused.slug());
    DiscussionPost comment = DiscussionPost.comment(PRACTICE, "mechelen", TARTU, "Nice", NOW);
    assertEquals(PostKind.COMMENT, comment.reply(MECHELEN, "Thanks", NOW).parentKind());
  }

  @Test
  void theTownMarksOneReplyAsTheAnswerAndMayPickAnother() {
    DiscussionPost q = question();
    DiscussionPost first = q.reply(MECHELEN, "Through the library.", NOW);
    DiscussionPost second = q.reply(MECHELEN, "And the schools.", NOW);
    q.markAnswer(first, NOW);
    assertEquals(first.id(), q.answerId());
    assertEquals(NOW, q.answeredAt());
    assertEquals(
        "already-the-answer",
        assertThrows(RuleViolationException.class, () -> q.markAnswer(first, NOW)).slug());
    Instant later = NOW.plusSeconds(60);
    q.markAnswer(second, later);
    assertEquals(second.id(), q.answerId());
    assertEquals(later, q.answeredAt());
  }

  @Test
  void onlyAVisibleReplyOfThisQuestionIsItsAnswer() {
    DiscussionPost q = question();
    DiscussionPost other = question();
    DiscussionPost foreign = other.reply(MECHELEN, "Elsewhere", NOW);
    assertEquals(
        "not-a-reply-of-this-question",
        assertThrows(RuleViolationException.class, () -> q.markAnswer(foreign, NOW)).slug());
    assertEquals(
        "not-a-reply-of-this-question",
        assertThrows(RuleViolationException.class, () -> q.markAnswer(other, NOW)).slug());
    DiscussionPost hidden = q.reply(MECHELEN, "Rude", NOW);
    hidden.moderate(Moderation.Step.HIDE, "admin", "insulting", NOW);
    assertEquals(
        "post-hidden",
        assertThrows(RuleViolationException.class, () -> q.markAnswer(hidden, NOW)).slug());
    DiscussionPost comment = DiscussionPost.comment(PRACTICE, "mechelen", TARTU, "Nice", NOW);
    DiscussionPost reply = comment.reply(MECHELEN, "Thanks", NOW);
    assertEquals(
        "not-a-question",
        assertThrows(RuleViolationException.class, () -> comment.markAnswer(reply, NOW)).slug());
    assertNull(q.answerId());
  }

  @Test
  void hidingAndRestoringAreAuditedAndCloseTheReportsMadeBefore() {
    DiscussionPost comment = DiscussionPost.comment(PRACTICE, "mechelen", TARTU, "Spam!", NOW);
    PostReport report = PostReport.of(comment, "u-celje", " advertising ", NOW);
    PostReport anonymous = PostReport.of(comment, "u-delft", null, NOW.plusSeconds(5));
    assertEquals("advertising", report.reason());
    assertNull(anonymous.reason());
    assertEquals(comment.id(), report.postId());
    assertEquals(0, comment.version(), "a report leaves the post as it was");

    ModerationRecord hidden =
        comment.moderate(Moderation.Step.HIDE, "admin-1", " advertising ", NOW.plusSeconds(10));
    assertTrue(comment.isHidden());
    assertEquals(NOW.plusSeconds(10), comment.moderatedAt());
    assertEquals("advertising", comment.moderationReason());
    assertEquals(Moderation.Step.HIDE, hidden.step());
    assertEquals("admin-1", hidden.moderatedBy());
    assertEquals("advertising", hidden.reason());
    assertEquals(NOW.plusSeconds(10), hidden.moderatedAt());
    assertEquals(comment.id(), hidden.postId());
    assertEquals(
        "post-hidden",
        assertThrows(RuleViolationException.class, () -> comment.reply(MECHELEN, "Hi", NOW))
            .slug());

    comment.moderate(Moderation.Step.RESTORE, "admin-2", "not spam after all", NOW);
    assertFalse(comment.isHidden());
    assertEquals("not spam after all", comment.moderationReason());
  }

  @Test
  void aModerationStepNeedsAReason() {
    DiscussionPost comment = DiscussionPost.comment(PRACTICE, "mechelen", TARTU, "Hello", NOW);
    assertThrows(
        TextRefusedException.class,
        () -> comment.moderate(Moderation.Step.HIDE, "admin", " ", NOW));
    assertFalse(comment.isHidden());
  }

  @Test
  void anAuthorSpeaksInTheirHighestCapacity() {
    assertEquals(
        AuthorRole.NETWORK_ADMIN,
        AuthorRole.of(new Actor("a", Set.of(Role.NETWORK_ADMIN, Role.PANEL_MEMBER), null)));
    assertEquals(
        AuthorRole.COORDINATOR,
        AuthorRole.of(new Actor("c", Set.of(Role.CITY_COORDINATOR, Role.PANEL_MEMBER), "tartu")));
    assertEquals(
        AuthorRole.MEMBER, AuthorRole.of(new Actor("m", Set.of(Role.PANEL_MEMBER), "tartu")));
  }
}
