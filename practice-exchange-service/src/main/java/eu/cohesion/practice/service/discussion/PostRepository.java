package eu.cohesion.practice.service.discussion;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostReport;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<DiscussionPost, UUID> {

  /** A question's or comment's replies, oldest first. */
  List<DiscussionPost> repliesTo(UUID parentId) {
    return list("parentId = ?1 order by createdAt, id", parentId);
  }

  /**
   * The posts with open reports (made after the post's last moderation step), most recently
   * reported first.
   */
  ResultPage<DiscussionPost> reported(PageRequest paging) {
    String since = paging.updatedSince() == null ? "" : " and p.updatedAt >= :since";
    Parameters parameters =
        paging.updatedSince() == null
            ? new Parameters()
            : Parameters.with("since", paging.updatedSince());
    PanacheQuery<DiscussionPost> found =
        find(
            "from DiscussionPost p where exists ("
                + OPEN_REPORT
                + ")"
                + since
                + " order by (select max(r.reportedAt) from PostReport r where r.postId = p.id)"
                + " desc, p.id",
            parameters);
    found.page(Page.of(paging.page(), paging.size()));
    return ResultPage.of(found.list(), paging.page(), paging.size(), found.count());
  }

  /** Reports still open on a post, oldest first. */
  List<PostReport> openReports(DiscussionPost post) {
    return getEntityManager()
        .createQuery(
            "select r from PostReport r join DiscussionPost p on p.id = r.postId"
                + " where p.id = :post and (p.moderatedAt is null or r.reportedAt > p.moderatedAt)"
                + " order by r.reportedAt, r.id",
            PostReport.class)
        .setParameter("post", post.id())
        .getResultList();
  }

  private static final String OPEN_REPORT =
      "select r.id from PostReport r where r.postId = p.id"
          + " and (p.moderatedAt is null or r.reportedAt > p.moderatedAt)";

  List<DiscussionPost> writtenBy(String subject) {
    return list("authorId = ?1 order by createdAt, id", subject);
  }
}
