package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Direction;
import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.IndicatorProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where one indicator stood when its initiative was concluded, in {@link InitiativeConcluded}. The
 * latest value, its date and the progress are null when it was never measured.
 */
public record IndicatorOutcome(
    UUID indicatorId,
    String name,
    String unit,
    Direction direction,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal latestValue,
    LocalDate latestMeasuredOn,
    BigDecimal progressPercent,
    boolean targetMet) {

  public static IndicatorOutcome of(Indicator indicator) {
    IndicatorProgress progress = indicator.progress();
    return new IndicatorOutcome(
        indicator.id(),
        indicator.name(),
        indicator.unit(),
        indicator.direction(),
        indicator.baseline(),
        indicator.target(),
        progress.latestValue(),
        progress.latestMeasuredOn(),
        progress.progressPercent(),
        progress.targetMet());
  }
}
