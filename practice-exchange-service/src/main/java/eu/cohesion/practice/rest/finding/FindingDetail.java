package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.finding.CitationKind;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.EvidenceCheck;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FindingDetail", description = "A common finding with its text and evidence")
public record FindingDetail(
    UUID id,
    PublicationStatus status,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change the finding")
        long version,
    @Schema(description = "Original language", examples = "en") String language,
    @Schema(description = "In the original language") String statement,
    @Schema(nullable = true, description = "In the original language") String explanation,
    List<Theme> themes,
    List<String> sdgTargets,
    @Schema(description = "Each citation as it stands now: published, unpublished or unknown")
        List<CitedEvidence> evidence,
    @Schema(description = "The distinct towns its published evidence comes from, sorted")
        List<String> towns,
    @Schema(
            description =
                "Whether the evidence meets the rule (published citations only, from at least two"
                    + " towns): whether it may be published")
        boolean evidenceSufficient,
    @Schema(nullable = true, description = "The proposing town; null when the network wrote it")
        String proposedBy,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant publishedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant withdrawnAt,
    @Schema(nullable = true, description = "Why the network withdrew it") String withdrawReason,
    @Schema(description = "Its translations") List<ReadingView.Translation> translations,
    @Schema(description = "The text in the language asked for (lang), or the original")
        ReadingView.Reading reading,
    @Schema(description = "The states it may move to next")
        List<PublicationStatus> allowedTransitions,
    @Schema(description = "What the caller may do with this finding")
        List<PracticeAction> allowedActions) {

  @Schema(name = "CitedEvidence")
  public record CitedEvidence(
      CitationKind kind,
      UUID id,
      EvidenceCheck.State state,
      @Schema(nullable = true, description = "The town it comes from; null when unknown")
          String town) {}

  static FindingDetail of(CommonFinding f, EvidenceCheck check, Actor actor, String lang) {
    String requested = lang == null ? f.language() : lang;
    return new FindingDetail(
        f.id(),
        f.status(),
        f.version(),
        f.language(),
        f.statement(),
        f.explanation(),
        f.themes(),
        f.sdgTargets(),
        check.citations().stream()
            .map(
                c -> new CitedEvidence(c.citation().kind(), c.citation().id(), c.state(), c.town()))
            .toList(),
        check.towns(),
        check.sufficient(),
        f.cityCode(),
        f.createdAt(),
        f.updatedAt(),
        f.publishedAt(),
        f.withdrawnAt(),
        f.withdrawReason(),
        f.translations().stream()
            .map(
                t ->
                    new ReadingView.Translation(
                        t.language(), t.translatedByRole(), t.translatedByCity(), t.translatedAt()))
            .toList(),
        ReadingView.Reading.of(requested, f.reading(requested)),
        f.allowedTransitions(),
        FindingSummary.allowedActions(f, actor));
  }
}
