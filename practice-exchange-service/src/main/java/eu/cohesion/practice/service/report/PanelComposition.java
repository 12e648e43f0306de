package eu.cohesion.practice.service.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * panel-service's public {@code GET /network/composition} (its NetworkCompositionView), as much of
 * it as the report prints. Every seat count below 5 arrives as {@code count: null, suppressed:
 * true} and is printed as such: the report never recomputes what panel-service withholds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelComposition(
    int towns,
    long panels,
    long activePanels,
    Seats members,
    List<PillarSeats> pillars,
    List<Town> cities) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Seats(Integer count, boolean suppressed) {}

  /** {@code pillar} is CITIZENS, CIVIL_SOCIETY, EXPERTISE or PUBLIC_AUTHORITY. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PillarSeats(String pillar, Integer count, boolean suppressed) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Town(String city, String name, String countryCode, ActivePanel activePanel) {}

  /** {@code state} is BALANCED or GAPS. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ActivePanel(
      String name, Seats seats, List<PillarSeats> pillars, int score, String state, int gaps) {}
}
