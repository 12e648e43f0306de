package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FindingSummary", description = "A common finding in a list")
public record FindingSummary(
    UUID id,
    PublicationStatus status,
    @Schema(description = "Original language", examples = "en") String language,
    @Schema(description = "In the original language") String statement,
    List<Theme> themes,
    List<String> sdgTargets,
    @Schema(description = "How many pieces of evidence it cites") int citations,
    @Schema(nullable = true, description = "The proposing town; null when the network wrote it")
        String proposedBy,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while a draft") Instant publishedAt,
    @Schema(description = "What the caller may do with this finding")
        List<PracticeAction> allowedActions) {

  static FindingSummary of(CommonFinding f, Actor actor) {
    return new FindingSummary(
        f.id(),
        f.status(),
        f.language(),
        f.statement(),
        f.themes(),
        f.sdgTargets(),
        f.evidence().size(),
        f.cityCode(),
        f.updatedAt(),
        f.publishedAt(),
        allowedActions(f, actor));
  }

  static List<PracticeAction> allowedActions(CommonFinding f, Actor actor) {
    return PracticePermissions.TABLE.allowedFor(
        actor, f.cityCode(), f.possibleActions().toArray(PracticeAction[]::new));
  }
}
