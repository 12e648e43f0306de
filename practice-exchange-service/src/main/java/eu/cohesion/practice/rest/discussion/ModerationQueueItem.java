package eu.cohesion.practice.rest.discussion;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.discussion.Moderation;
import eu.cohesion.practice.service.discussion.ReportedPost;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ModerationQueueItem",
    description = "A reported post with its reports (not who made them) and its moderation audit")
public record ModerationQueueItem(PostView post, List<Report> reports, List<Step> moderation) {

  @Schema(name = "PostReportView", description = "One report: why, if said, and when")
  public record Report(@Schema(nullable = true) String reason, Instant reportedAt) {}

  @Schema(name = "ModerationStep", description = "One hide or restore: who, when, why")
  public record Step(
      Moderation.Step step,
      @Schema(description = "Keycloak id of the moderator") String moderatedBy,
      String reason,
      Instant moderatedAt) {}

  static ModerationQueueItem of(ReportedPost reported, Actor actor) {
    return new ModerationQueueItem(
        PostView.of(reported.post(), actor, null),
        reported.reports().stream().map(r -> new Report(r.reason(), r.reportedAt())).toList(),
        reported.moderation().stream()
            .map(m -> new Step(m.step(), m.moderatedBy(), m.reason(), m.moderatedAt()))
            .toList());
  }
}
