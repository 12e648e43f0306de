package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.AdaptedFrom;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AdaptedFrom",
    description =
        "The practice of another town this initiative adapts, through a transfer of that practice"
            + " (practice-exchange-service)")
public record AdaptedFromView(
    @Schema(description = "The good practice, GET /practices/{id} of practice-exchange-service")
        UUID practiceId,
    @Schema(description = "The transfer linking it to this initiative") UUID transferId,
    @Schema(description = "Code of the practice's town", examples = "mechelen") String sourceCity) {

  static AdaptedFromView of(AdaptedFrom link) {
    return new AdaptedFromView(link.practiceId(), link.transferId(), link.sourceCity());
  }
}
