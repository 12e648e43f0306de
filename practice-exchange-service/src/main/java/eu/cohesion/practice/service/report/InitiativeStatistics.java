package eu.cohesion.practice.service.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * initiative-service's public {@code GET /network/initiatives} (its InitiativeStatisticsView):
 * counts of initiatives by status, drafts never counted.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InitiativeStatistics(Counts network, List<TownCounts> cities) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Counts(long total, long active, List<StatusCount> byStatus) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StatusCount(String status, long count) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TownCounts(String city, Counts counts) {}
}
