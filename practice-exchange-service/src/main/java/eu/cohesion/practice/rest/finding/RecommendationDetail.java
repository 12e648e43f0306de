package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticeReading;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationDetail", description = "A recommendation with its text")
public record RecommendationDetail(
    UUID id,
    PublicationStatus status,
    @Schema(description = "Also sent as the ETag; send it back in If-Match to change it")
        long version,
    Audience audience,
    @Schema(description = "Original language", examples = "en") String language,
    @Schema(description = "In the original language") String title,
    @Schema(nullable = true, description = "In the original language") String summary,
    @Schema(description = "The actions in the original language") List<String> actions,
    @Schema(description = "The findings that back it") List<UUID> findingIds,
    @Schema(description = "The towns that endorse it, sorted") List<String> endorsingTowns,
    @Schema(nullable = true, description = "The proposing town; null when the network wrote it")
        String proposedBy,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant publishedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC") Instant withdrawnAt,
    @Schema(nullable = true, description = "Why the network withdrew it") String withdrawReason,
    @Schema(description = "Its translations") List<ReadingView.Translation> translations,
    @Schema(description = "Title and summary in the language asked for (lang), or the original")
        ReadingView.Reading reading,
    @Schema(description = "The actions in the language asked for where all are translated")
        List<String> readingActions,
    @Schema(description = "Where readingActions come from") PracticeReading.Source actionsSource,
    @Schema(description = "The states it may move to next")
        List<PublicationStatus> allowedTransitions,
    @Schema(
            description =
                "What the caller may do; ENDORSE_RECOMMENDATION for a coordinator's own town")
        List<PracticeAction> allowedActions) {

  static RecommendationDetail of(
      Recommendation r, List<String> endorsing, Actor actor, String lang) {
    String requested = lang == null ? r.language() : lang;
    return new RecommendationDetail(
        r.id(),
        r.status(),
        r.version(),
        r.audience(),
        r.language(),
        r.title(),
        r.summary(),
        r.actions(),
        r.findingIds(),
        endorsing,
        r.cityCode(),
        r.createdAt(),
        r.updatedAt(),
        r.publishedAt(),
        r.withdrawnAt(),
        r.withdrawReason(),
        r.translations().stream()
            .map(
                t ->
                    new ReadingView.Translation(
                        t.language(), t.translatedByRole(), t.translatedByCity(), t.translatedAt()))
            .toList(),
        ReadingView.Reading.of(requested, r.reading(requested)),
        r.actionsFor(requested),
        r.actionsSource(requested),
        r.allowedTransitions(),
        RecommendationSummary.allowedActions(r, actor));
  }
}
