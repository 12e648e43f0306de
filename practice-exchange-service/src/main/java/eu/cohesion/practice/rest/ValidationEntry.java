package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.ValidationRecord;
import eu.cohesion.practice.domain.ValidationStep;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ValidationEntry",
    description = "One step of a practice's validation by the network")
public record ValidationEntry(
    ValidationStep step,
    @Schema(description = "Username of whoever took the step") String by,
    @Schema(description = "ISO-8601 UTC") Instant at,
    @Schema(nullable = true, description = "Why it was returned or unpublished; null otherwise")
        String reason) {

  static ValidationEntry of(ValidationRecord record) {
    return new ValidationEntry(record.step(), record.by(), record.at(), record.reason());
  }
}
