package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.Transfer;
import eu.cohesion.practice.domain.TransferStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransferSummary", description = "A transfer in a list: where a practice travelled")
public record TransferSummary(
    UUID id,
    UUID practiceId,
    @Schema(description = "The practice's title as it is now") String practiceTitle,
    @Schema(description = "The practice's town", examples = "mechelen") String sourceCity,
    @Schema(description = "The adopting town", examples = "tartu") String city,
    TransferStatus status,
    @Schema(nullable = true, description = "The adopting town's initiative, from ADAPTING on")
        UUID initiativeId,
    @Schema(description = "Whether the practice's town answered") boolean answered,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt) {

  static TransferSummary of(Transfer t) {
    return new TransferSummary(
        t.id(),
        t.practiceId(),
        t.practice().title(),
        t.sourceCity(),
        t.cityCode(),
        t.status(),
        t.initiativeId(),
        t.answer() != null,
        t.createdAt(),
        t.updatedAt());
  }
}
