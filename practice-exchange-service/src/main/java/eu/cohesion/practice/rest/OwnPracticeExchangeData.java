package eu.cohesion.practice.rest;

import eu.cohesion.kit.audit.AdministrativeChange;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.TransferStatus;
import eu.cohesion.practice.domain.discussion.PostKind;
import eu.cohesion.practice.domain.discussion.Visibility;
import eu.cohesion.practice.service.PersonalDataExport;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "OwnPracticeExchangeData",
    description = "What practice-exchange-service holds about the caller")
public record OwnPracticeExchangeData(
    @Schema(description = "The caller's Keycloak id") String subject,
    Instant exportedAt,
    @Schema(description = "Questions, comments and replies the caller wrote") List<Post> posts,
    @Schema(description = "Reports the caller made") List<Report> reports,
    @Schema(description = "Transfers the caller registered for their town, oldest first")
        List<OwnTransfer> transfers,
    @Schema(description = "Practices the caller follows, oldest follow first")
        List<OwnPracticeFollow> followedPractices,
    @Schema(description = "Themes the caller follows, oldest follow first")
        List<OwnThemeFollow> followedThemes,
    @Schema(
            description =
                "Administrative changes the audit recorded as the caller's (ids and facts only),"
                    + " newest first")
        List<AdministrativeChange> administrativeChanges) {

  @Schema(name = "OwnPracticeFollow")
  public record OwnPracticeFollow(UUID practiceId, Instant followedAt) {}

  @Schema(name = "OwnThemeFollow")
  public record OwnThemeFollow(Theme theme, Instant followedAt) {}

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

  @Schema(
      name = "OwnTransfer",
      description = "A transfer the caller registered, with the adopting town's texts")
  public record OwnTransfer(
      UUID id,
      UUID practiceId,
      @Schema(description = "The practice's town", examples = "mechelen") String sourceCity,
      @Schema(description = "The adopting town, the caller's", examples = "tartu") String city,
      TransferStatus status,
      @Schema(nullable = true, description = "Why the town is interested") String note,
      @Schema(nullable = true) UUID initiativeId,
      @Schema(nullable = true, description = "What was changed") String changes,
      @Schema(nullable = true, description = "Why it was abandoned") String abandonReason,
      Instant createdAt,
      Instant updatedAt) {}

  static OwnPracticeExchangeData of(PersonalDataExport.OwnData data) {
    return new OwnPracticeExchangeData(
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
            .toList(),
        data.transfers().stream()
            .map(
                t ->
                    new OwnTransfer(
                        t.id(),
                        t.practiceId(),
                        t.sourceCity(),
                        t.cityCode(),
                        t.status(),
                        t.note(),
                        t.initiativeId(),
                        t.changes(),
                        t.abandonReason(),
                        t.createdAt(),
                        t.updatedAt()))
            .toList(),
        data.followedPractices().stream()
            .map(f -> new OwnPracticeFollow(f.practiceId(), f.followedAt()))
            .toList(),
        data.followedThemes().stream()
            .map(f -> new OwnThemeFollow(f.theme(), f.followedAt()))
            .toList(),
        data.administrativeChanges());
  }
}
