package eu.cohesion.practice.rest;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.practice.domain.GoodPractice;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PracticeSummaryPage", description = "One page of good practices")
public record PracticeSummaryPage(
    List<PracticeSummary> items,
    @Schema(description = "0-based index of this page") int page,
    int size,
    long totalItems,
    int totalPages) {

  static PracticeSummaryPage of(ResultPage<GoodPractice> result) {
    ResultPage<PracticeSummary> page = result.map(PracticeSummary::of);
    return new PracticeSummaryPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
