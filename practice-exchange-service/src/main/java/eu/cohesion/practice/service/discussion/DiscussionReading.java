package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the discussion of a published practice, for anyone; hidden posts are part of it (their
 * place shows "hidden by the moderators"), their text only for those who moderate. And the
 * moderation queue: the posts with reports not yet dealt with.
 */
@ApplicationScoped
public class DiscussionReading {

  private final PublishedPractices practices;
  private final PostRepository posts;
  private final ModerationRepository moderation;
  private final DiscussionPosting posting;

  DiscussionReading(
      PublishedPractices practices,
      PostRepository posts,
      ModerationRepository moderation,
      DiscussionPosting posting) {
    this.practices = practices;
    this.posts = posts;
    this.moderation = moderation;
    this.posting = posting;
  }

  public ResultPage<Counted> questions(UUID practiceId, PageRequest paging) {
    ResultPage<DiscussionPost> page = page(practiceId, PostKind.QUESTION, paging);
    Map<UUID, Long> counts = replyCounts(page.items());
    return page.map(q -> new Counted(q, counts.getOrDefault(q.id(), 0L)));
  }

  public Conversation question(UUID practiceId, UUID questionId) {
    practices.get(practiceId);
    DiscussionPost question = posting.post(practiceId, questionId, PostKind.QUESTION);
    return new Conversation(question, posts.repliesTo(question.id()));
  }

  /** One post of a published practice. */
  public DiscussionPost post(UUID postId) {
    DiscussionPost post =
        posts
            .findByIdOptional(postId)
            .orElseThrow(() -> new ResourceNotFoundException("post", postId));
    practices.get(post.practiceId());
    return post;
  }

  /** The answer marked on the question a reply belongs to, if any. */
  public UUID answerOfItsQuestion(DiscussionPost post) {
    return post.parentKind() == PostKind.QUESTION
        ? posts.findByIdOptional(post.parentId()).map(DiscussionPost::answerId).orElse(null)
        : null;
  }

  /** Comments with their replies. */
  public ResultPage<Conversation> comments(UUID practiceId, PageRequest paging) {
    return page(practiceId, PostKind.COMMENT, paging)
        .map(comment -> new Conversation(comment, posts.repliesTo(comment.id())));
  }

  /** Posts with open reports, for those who moderate (the role gate let only them in). */
  public ResultPage<ReportedPost> queue(Actor actor, PageRequest paging) {
    PracticePermissions.TABLE.townToList(MODERATE_POSTS, actor, null, "read the moderation queue");
    return posts
        .reported(paging)
        .map(post -> new ReportedPost(post, posts.openReports(post), moderation.of(post.id())));
  }

  private ResultPage<DiscussionPost> page(UUID practiceId, PostKind kind, PageRequest paging) {
    practices.get(practiceId);
    return Filter.of(paging)
        .and("practiceId = :practice", "practice", practiceId)
        .and("kind = :kind", "kind", kind)
        .page(posts, paging);
  }

  private Map<UUID, Long> replyCounts(List<DiscussionPost> parents) {
    if (parents.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = parents.stream().map(DiscussionPost::id).toList();
    return posts
        .getEntityManager()
        .createQuery(
            "select p.parentId, count(p) from DiscussionPost p where p.parentId in :ids"
                + " group by p.parentId",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
  }
}
