package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.kit.paging.ResultPage;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InitiativeSummaryPage", description = "One page of initiatives")
public record InitiativeSummaryPage(
    List<InitiativeSummary> items,
    @Schema(description = "0-based index of this page") int page,
    int size,
    long totalItems,
    int totalPages) {

  static InitiativeSummaryPage of(ResultPage<Initiative> result) {
    ResultPage<InitiativeSummary> page = result.map(InitiativeSummary::of);
    return new InitiativeSummaryPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
