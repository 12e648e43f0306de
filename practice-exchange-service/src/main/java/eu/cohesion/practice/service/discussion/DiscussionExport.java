package eu.cohesion.practice.service.discussion;

import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OWN_DATA;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.discussion.DiscussionPost;
import eu.cohesion.practice.domain.discussion.PostReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What practice-exchange-service holds about the caller (GDPR Art. 15 and 20): the questions,
 * comments and replies they wrote and the reports they made, under their Keycloak id.
 */
@ApplicationScoped
public class DiscussionExport {

  private final PostRepository posts;
  private final ReportRepository reports;
  private final Clock clock;

  DiscussionExport(PostRepository posts, ReportRepository reports, Clock clock) {
    this.posts = posts;
    this.reports = reports;
    this.clock = clock;
  }

  /** The caller's own data, as stored (a hidden post with its text: it is theirs). */
  public record OwnData(
      String subject, Instant exportedAt, List<DiscussionPost> posts, List<PostReport> reports) {}

  public OwnData of(Actor actor) {
    PracticePermissions.TABLE.require(
        EXPORT_OWN_DATA, actor, actor.city(), "you may not export personal data");
    return new OwnData(
        actor.subject(),
        clock.instant(),
        posts.writtenBy(actor.subject()),
        reports.madeBy(actor.subject()));
  }
}
