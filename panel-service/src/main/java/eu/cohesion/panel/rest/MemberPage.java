package eu.cohesion.panel.rest;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.panel.domain.PanelMember;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PanelMemberPage", description = "One page of a panel's members")
public record MemberPage(
    List<MemberView> items,
    @Schema(description = "0-based index of this page") int page,
    int size,
    long totalItems,
    int totalPages) {

  static MemberPage of(ResultPage<PanelMember> result) {
    ResultPage<MemberView> page = result.map(MemberView::of);
    return new MemberPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }
}
