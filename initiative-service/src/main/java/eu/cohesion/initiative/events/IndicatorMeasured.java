package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.IndicatorProgress;
import eu.cohesion.initiative.domain.Measurement;
import eu.cohesion.kit.events.PublishedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.indicator.measured}: a new measurement and the progress the indicator
 * shows with it. Ids and figures only: neither source nor note, which are free text.
 */
public record IndicatorMeasured(
    UUID indicatorId,
    UUID initiativeId,
    String city,
    UUID measurementId,
    BigDecimal value,
    LocalDate measuredOn,
    BigDecimal progressPercent,
    boolean targetMet)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.indicator.measured";

  public static IndicatorMeasured of(Indicator indicator, Measurement measurement) {
    IndicatorProgress progress = indicator.progress();
    return new IndicatorMeasured(
        indicator.id(),
        indicator.initiativeId(),
        indicator.cityCode(),
        measurement.id(),
        measurement.value(),
        measurement.measuredOn(),
        progress.progressPercent(),
        progress.targetMet());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return indicatorId;
  }
}
