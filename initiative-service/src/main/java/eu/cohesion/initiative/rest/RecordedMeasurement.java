package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.rest.IndicatorView.MeasurementView;
import eu.cohesion.initiative.rest.IndicatorView.Progress;
import eu.cohesion.initiative.service.IndicatorChanges.Recorded;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the caller of a new measurement reads back: the measurement and the progress it leads to,
 * not the whole indicator, which a statistics office (integration-writer) may not read.
 */
@Schema(name = "RecordedMeasurement", description = "A measurement just added and the progress")
public record RecordedMeasurement(
    UUID indicatorId,
    @Schema(description = "The indicator's new version, also the ETag") long indicatorVersion,
    MeasurementView measurement,
    Progress progress) {

  static RecordedMeasurement of(Recorded recorded) {
    return new RecordedMeasurement(
        recorded.indicator().id(),
        recorded.indicator().version(),
        MeasurementView.of(recorded.measurement()),
        Progress.of(recorded.indicator().progress()));
  }
}
