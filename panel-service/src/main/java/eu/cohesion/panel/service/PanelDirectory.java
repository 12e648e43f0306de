package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.PanelPermissions;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads panels. */
@ApplicationScoped
public class PanelDirectory {

  private final PanelRepository panels;
  private final PanelMemberRepository members;

  PanelDirectory(PanelRepository panels, PanelMemberRepository members) {
    this.panels = panels;
    this.members = members;
  }

  /** One page of panels, each with its public composition (counts, never names). */
  public ResultPage<ComposedPanel> list(Actor actor, PanelQuery query) {
    boolean allowed =
        query.city() == null
            ? PanelPermissions.TABLE.allowsEverywhere(VIEW_PANEL_SUMMARIES, actor)
            : PanelPermissions.TABLE.allows(VIEW_PANEL_SUMMARIES, actor, query.city());
    if (!allowed) {
      throw new ActionNotPermittedException("you may not list these panels");
    }
    Sort.Direction direction =
        query.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
    // The id breaks ties, so that equal names or instants never shuffle between pages.
    Sort sort = Sort.by(query.sort().property(), direction).and("id");
    PanacheQuery<Panel> found =
        query.city() == null ? panels.findAll(sort) : panels.find("cityCode", sort, query.city());
    found.page(Page.of(query.page(), query.size()));
    List<Panel> page = found.list();
    Map<UUID, PanelComposition> compositions =
        members.compositions(page.stream().map(Panel::id).toList());
    return ResultPage.of(page, query.page(), query.size(), found.count())
        .map(panel -> new ComposedPanel(panel, compositions.get(panel.id())));
  }

  /** One panel with its public composition. */
  public ComposedPanel get(Actor actor, UUID id) {
    Panel panel =
        panels.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("panel", id));
    if (!PanelPermissions.TABLE.allows(VIEW_PANEL_SUMMARIES, actor, panel.cityCode())) {
      throw new ActionNotPermittedException("you may not see this panel");
    }
    return new ComposedPanel(panel, members.compositions(List.of(id)).get(id));
  }
}
