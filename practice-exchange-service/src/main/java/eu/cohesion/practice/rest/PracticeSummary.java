package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeStatus;
import java.time.Instant;
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
    long version) {

  static PracticeSummary of(GoodPractice p) {
    return new PracticeSummary(
        p.id(), p.cityCode(), p.title(), p.summary(), p.status(), p.publishedAt(), p.version());
  }
}
