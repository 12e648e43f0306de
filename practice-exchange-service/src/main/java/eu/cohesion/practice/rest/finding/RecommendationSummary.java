package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationSummary", description = "A recommendation in a list")
public record RecommendationSummary(
    UUID id,
    PublicationStatus status,
    Audience audience,
    @Schema(description = "Original language", examples = "en") String language,
    @Schema(description = "In the original language") String title,
    @Schema(description = "How many findings back it") int findings,
    @Schema(nullable = true, description = "The proposing town; null when the network wrote it")
        String proposedBy,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while a draft") Instant publishedAt,
    @Schema(description = "What the caller may do with this recommendation")
        List<PracticeAction> allowedActions) {

  static RecommendationSummary of(Recommendation r, Actor actor) {
    return new RecommendationSummary(
        r.id(),
        r.status(),
        r.audience(),
        r.language(),
        r.title(),
        r.findingIds().size(),
        r.cityCode(),
        r.updatedAt(),
        r.publishedAt(),
        allowedActions(r, actor));
  }

  /**
   * Its own actions in the proposer's town; endorsing is asked of the caller's own town, the one a
   * coordinator endorses for.
   */
  static List<PracticeAction> allowedActions(Recommendation r, Actor actor) {
    List<PracticeAction> actions = new ArrayList<>();
    for (PracticeAction action : r.possibleActions()) {
      String town = action == PracticeAction.ENDORSE_RECOMMENDATION ? actor.city() : r.cityCode();
      actions.addAll(PracticePermissions.TABLE.allowedFor(actor, town, action));
    }
    return actions;
  }
}
