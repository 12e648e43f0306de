package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.balance.PanelBalanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads panels. */
@ApplicationScoped
public class PanelDirectory {

  private final PanelRepository panels;
  private final PanelMemberRepository members;
  private final PanelBalanceRepository balances;

  PanelDirectory(
      PanelRepository panels, PanelMemberRepository members, PanelBalanceRepository balances) {
    this.panels = panels;
    this.members = members;
    this.balances = balances;
  }

  /** One page of panels, each with its public composition (counts, never names). */
  public ResultPage<ComposedPanel> list(Actor actor, PanelQuery query) {
    String city =
        PanelPermissions.TABLE.townToList(VIEW_PANEL_SUMMARIES, actor, query.city(), "list panels");
    ResultPage<Panel> page =
        Filter.of(query.paging())
            .and("cityCode = :city", "city", city)
            .page(panels, query.paging())
            .in(city);
    List<UUID> ids = page.items().stream().map(Panel::id).toList();
    Map<UUID, PanelComposition> compositions = members.compositions(ids);
    Map<UUID, Integer> scores = balances.scores(ids);
    return page.map(
        panel -> new ComposedPanel(panel, compositions.get(panel.id()), scores.get(panel.id())));
  }

  /** One panel with its public composition (counts of the members still in it). */
  public ComposedPanel get(Actor actor, UUID id) {
    Panel panel =
        panels.findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("panel", id));
    PanelPermissions.TABLE.require(
        VIEW_PANEL, actor, panel.cityCode(), "you may not see this panel");
    return composed(panel);
  }

  /** The public composition and score of a panel the caller already holds, e.g. after a change. */
  public ComposedPanel composed(Panel panel) {
    return new ComposedPanel(
        panel,
        members.compositions(List.of(panel.id())).get(panel.id()),
        balances.scores(List.of(panel.id())).get(panel.id()));
  }
}
