package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.IndicatorRules;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewMeasurement", description = "A dated value of an indicator and its source")
public record MeasurementRequest(
    @Schema(examples = "2026-06-30", description = "The day the value holds for; not in the future")
        @NotNull
        @PastOrPresent
        LocalDate measuredOn,
    @Schema(examples = "22") @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
    @Schema(examples = "Municipal statistics office, labour survey Q2")
        @NotBlank
        @Size(max = IndicatorRules.SOURCE_MAX_LENGTH)
        String source,
    @Schema(nullable = true) @Size(max = IndicatorRules.NOTE_MAX_LENGTH) String note) {

  Indicator.Reading toReading() {
    return new Indicator.Reading(measuredOn, value, source, note);
  }
}
