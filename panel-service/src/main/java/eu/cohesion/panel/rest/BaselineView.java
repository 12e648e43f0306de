package eu.cohesion.panel.rest;

import eu.cohesion.panel.domain.balance.TownBaseline;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "TownBaseline",
    description =
        "The town's population as balance compares its panels with. Shares need their source and"
            + " year.")
public record BaselineView(
    @Schema(required = true) @Valid @NotNull GroupShares shares,
    @Schema(
            nullable = true,
            description = "Who published the figures",
            examples = "Mechelen city statistics office, population register")
        @Size(max = TownBaseline.SOURCE_MAX_LENGTH)
        String source,
    @Schema(nullable = true, description = "The year the figures describe", examples = "2024")
        @Min(TownBaseline.FIRST_YEAR)
        @Max(2100)
        Integer year) {

  static BaselineView of(TownBaseline baseline) {
    return new BaselineView(GroupShares.of(baseline.shares()), baseline.source(), baseline.year());
  }

  TownBaseline toBaseline() {
    return new TownBaseline(shares.toMap(), source, year);
  }
}
