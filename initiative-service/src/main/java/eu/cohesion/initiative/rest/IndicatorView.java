package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.ADD_MEASUREMENT;
import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_INDICATORS;

import eu.cohesion.initiative.domain.Direction;
import eu.cohesion.initiative.domain.Indicator;
import eu.cohesion.initiative.domain.IndicatorProgress;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Measurement;
import eu.cohesion.initiative.domain.Trend;
import eu.cohesion.kit.security.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "An indicator of an initiative with its measurements")
public record IndicatorView(
    UUID id,
    UUID initiativeId,
    @Schema(description = "Code of the initiative's town", examples = "mechelen") String city,
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    Direction direction,
    @Schema(description = "Send it back in If-Match to change the indicator; also the ETag")
        long version,
    @Schema(description = "ISO-8601 UTC") Instant createdAt,
    @Schema(description = "ISO-8601 UTC") Instant updatedAt,
    Progress progress,
    @Schema(description = "Oldest measurement date first") List<MeasurementView> measurements,
    @Schema(description = "What the caller may do with this indicator")
        List<InitiativeAction> allowedActions) {

  @Schema(name = "IndicatorProgress", description = "Where the indicator stands now")
  public record Progress(
      @Schema(
              nullable = true,
              description =
                  "0 at the baseline, 100 at the target, below 0 when worse than the baseline,"
                      + " above 100 beyond the target; null before the first measurement")
          BigDecimal progressPercent,
      @Schema(description = "The latest value is at or beyond the target") boolean targetMet,
      @Schema(nullable = true) BigDecimal latestValue,
      @Schema(nullable = true) LocalDate latestMeasuredOn,
      @Schema(
              nullable = true,
              description = "Latest against the one before, in the indicator's direction")
          Trend trend) {

    static Progress of(IndicatorProgress progress) {
      return new Progress(
          progress.progressPercent(),
          progress.targetMet(),
          progress.latestValue(),
          progress.latestMeasuredOn(),
          progress.trend());
    }
  }

  @Schema(name = "Measurement", description = "One dated value of an indicator")
  public record MeasurementView(
      UUID id,
      LocalDate measuredOn,
      BigDecimal value,
      String source,
      @Schema(nullable = true) String note,
      @Schema(description = "ISO-8601 UTC") Instant recordedAt) {

    static MeasurementView of(Measurement measurement) {
      return new MeasurementView(
          measurement.id(),
          measurement.measuredOn(),
          measurement.value(),
          measurement.source(),
          measurement.note(),
          measurement.recordedAt());
    }
  }

  static IndicatorView of(Indicator indicator, Actor actor) {
    return new IndicatorView(
        indicator.id(),
        indicator.initiativeId(),
        indicator.cityCode(),
        indicator.name(),
        indicator.unit(),
        indicator.baseline(),
        indicator.target(),
        indicator.direction(),
        indicator.version(),
        indicator.createdAt(),
        indicator.updatedAt(),
        Progress.of(indicator.progress()),
        indicator.measurements().stream().map(MeasurementView::of).toList(),
        InitiativePermissions.TABLE.allowedFor(
            actor, indicator.cityCode(), MANAGE_INDICATORS, ADD_MEASUREMENT));
  }
}
