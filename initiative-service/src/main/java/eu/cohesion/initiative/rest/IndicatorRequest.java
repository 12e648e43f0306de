package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Direction;
import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.IndicatorRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "IndicatorDefinition",
    description =
        "An indicator as created or edited; the target lies above the baseline with"
            + " HIGHER_IS_BETTER, below it with LOWER_IS_BETTER (422 otherwise)")
public record IndicatorRequest(
    @Schema(examples = "Newcomers placed in a job within six months")
        @NotBlank
        @Size(max = IndicatorRules.NAME_MAX_LENGTH)
        String name,
    @Schema(examples = "%") @NotBlank @Size(max = IndicatorRules.UNIT_MAX_LENGTH) String unit,
    @Schema(examples = "18.5", description = "Where the town stood before the initiative")
        @NotNull
        @Digits(integer = 15, fraction = 4)
        BigDecimal baseline,
    @Schema(examples = "30") @NotNull @Digits(integer = 15, fraction = 4) BigDecimal target,
    @NotNull Direction direction) {

  Indicator.Definition toDefinition() {
    return new Indicator.Definition(name, unit, baseline, target, direction);
  }
}
