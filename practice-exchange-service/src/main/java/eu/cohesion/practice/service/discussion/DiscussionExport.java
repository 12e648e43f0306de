package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The discussion's part of a person's data export ({@code service.PersonalDataExport}): the
 * questions, comments and replies they wrote and the reports they made, under their Keycloak id.
 */
@ApplicationScoped
public class DiscussionExport {

  private final PostRepository posts;
  private final ReportRepository reports;

  DiscussionExport(PostRepository posts, ReportRepository reports) {
    this.posts = posts;
    this.reports = reports;
  }

  /** A person's posts and reports, as stored (a hidden post with its text: it is theirs). */
  public record OwnPosts(List<DiscussionPost> posts, List<PostReport> reports) {}

  public OwnPosts of(String subject) {
    return new OwnPosts(posts.writtenBy(subject), reports.madeBy(subject));
  }
}
