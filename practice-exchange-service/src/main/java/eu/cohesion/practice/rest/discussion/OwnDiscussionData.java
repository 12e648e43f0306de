package eu.cohesion.practice.rest.discussion;

import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.domain.discussion.Visibility;
import eu.cohesion.practice.service.discussion.DiscussionExport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OwnPracticeExchangeData",
    description = "What practice-exchange-service holds about the caller")
public record OwnDiscussionData(
    @Schema(description = "The caller's Keycloak id") String subject,
    Instant exportedAt,
    @Schema(description = "Questions, comments and replies the caller wrote") List<Post> posts,
    @Schema(description = "Reports the caller made") List<Report> reports) {

  @Schema(name = "OwnPost")
  public record Post(
      UUID id,
      UUID practiceId,
      PostKind kind,
      @Schema(nullable = true) UUID parentId,
      @Schema(nullable = true) String title,
      String body,
      Visibility visibility,
      Instant createdAt) {}

  @Schema(name = "OwnReport")
  public record Report(UUID postId, @Schema(nullable = true) String reason, Instant reportedAt) {}

  static OwnDiscussionData of(DiscussionExport.OwnData data) {
    return new OwnDiscussionData(
        data.subject(),
        data.exportedAt(),
        data.posts().stream()
            .map(
                p ->
                    new Post(
                        p.id(),
                        p.practiceId(),
                        p.kind(),
                        p.parentId(),
                        p.title(),
                        p.body(),
                        p.visibility(),
                        p.createdAt()))
            .toList(),
        data.reports().stream()
            .map(r -> new Report(r.postId(), r.reason(), r.reportedAt()))
            .toList());
  }
}
