package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.city.changed}: the town's whole public profile after an edit, so a
 * consumer needs no call back. The subject is {@link City#subjectId}, derived from the code.
 */
public record CityChanged(
    String city,
    List<String> languages,
    BigDecimal latitude,
    BigDecimal longitude,
    Baseline baseline)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.city.changed";

  /** The town's population shares in percent, with their source and year; nulls when unknown. */
  public record Baseline(Map<PopulationGroup, BigDecimal> shares, String source, Integer year) {}

  public static CityChanged of(City city) {
    return new CityChanged(
        city.code(),
        city.languages(),
        city.latitude(),
        city.longitude(),
        new Baseline(city.baseline().shares(), city.baseline().source(), city.baseline().year()));
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return City.subjectId(city);
  }
}
