package eu.cohesion.panel.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import eu.cohesion.panel.domain.PopulationGroup;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A town's population shares per group, in percent with one decimal. The components carry the
 * groups' names as they are, so that a refused field is named as the JSON names it.
 */
@Schema(
    name = "GroupShares",
    description =
        "Share of the town's inhabitants in each population group, percent 0–100 with one"
            + " decimal; null when unknown. The groups overlap (a newly arrived migrant may also"
            + " live precariously), so the shares need not add up to 100.")
public record GroupShares(
    @JsonProperty("NATIVE")
        @Schema(nullable = true, examples = "78.5")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal NATIVE,
    @JsonProperty("EXPAT")
        @Schema(nullable = true, examples = "6.2")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal EXPAT,
    @JsonProperty("NEWLY_ARRIVED_MIGRANT")
        @Schema(nullable = true, examples = "3.1")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal NEWLY_ARRIVED_MIGRANT,
    @JsonProperty("PRECARIOUS_OR_VULNERABLE")
        @Schema(nullable = true, examples = "14.0")
        @DecimalMin("0")
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 1)
        BigDecimal PRECARIOUS_OR_VULNERABLE) {

  static GroupShares of(Map<PopulationGroup, BigDecimal> shares) {
    return new GroupShares(
        shares.get(PopulationGroup.NATIVE),
        shares.get(PopulationGroup.EXPAT),
        shares.get(PopulationGroup.NEWLY_ARRIVED_MIGRANT),
        shares.get(PopulationGroup.PRECARIOUS_OR_VULNERABLE));
  }

  Map<PopulationGroup, BigDecimal> toMap() {
    Map<PopulationGroup, BigDecimal> shares = new EnumMap<>(PopulationGroup.class);
    shares.put(PopulationGroup.NATIVE, NATIVE);
    shares.put(PopulationGroup.EXPAT, EXPAT);
    shares.put(PopulationGroup.NEWLY_ARRIVED_MIGRANT, NEWLY_ARRIVED_MIGRANT);
    shares.put(PopulationGroup.PRECARIOUS_OR_VULNERABLE, PRECARIOUS_OR_VULNERABLE);
    return shares;
  }
}
