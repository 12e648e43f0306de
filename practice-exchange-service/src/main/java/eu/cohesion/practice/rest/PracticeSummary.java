package eu.cohesion.practice.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeSummary", description = "A good practice in a list")
public record PracticeSummary(
    UUID id,
    @Schema(description = "Code of the practice's town", examples = "mechelen") String city,
    String title,
    @Schema(nullable = true) String summary,
    PracticeStatus status,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while a draft") Instant publishedAt,
    long version,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    @Schema(description = "What the caller may do with this practice")
        List<PracticeAction> allowedActions) {

  static PracticeSummary of(GoodPractice p, Actor actor) {
    return new PracticeSummary(
        p.id(),
        p.cityCode(),
        p.title(),
        p.summary(),
        p.status(),
        p.publishedAt(),
        p.version(),
        p.updatedAt(),
        allowedActions(p, actor));
  }

  /** What the practice's status makes possible, as far as the table lets this caller do it. */
  static List<PracticeAction> allowedActions(GoodPractice practice, Actor actor) {
    return PracticePermissions.TABLE.allowedFor(
        actor, practice.cityCode(), practice.possibleActions().toArray(PracticeAction[]::new));
  }
}
