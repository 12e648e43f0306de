package eu.cohesion.panel.rest;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.panel.service.ComposedPanel;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelSummaryPage", description = "One page of panels")
public record PanelSummaryPage(
    List<PanelSummary> items,
    @Schema(description = "0-based index of this page") int page,
    int size,
    long totalItems,
    int totalPages) {

  static PanelSummaryPage of(ResultPage<ComposedPanel> result) {
    ResultPage<PanelSummary> page = result.map(PanelSummary::of);
    return new PanelSummaryPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
