package eu.cohesion.panel.service.balance;

import static eu.cohesion.panel.domain.PanelAction.VIEW_NETWORK_COMPOSITION;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import eu.cohesion.panel.domain.portal.PublicCount;
import eu.cohesion.panel.domain.portal.TownComposition;
import eu.cohesion.panel.service.CityRepository;
import eu.cohesion.panel.service.PanelRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The public portal's panel figures: each town's ACTIVE panel measured as its balance page measures
 * it (same seats, same rules, same baseline), published as aggregates with every count below 5
 * withheld, and the network's totals. FORMING and CLOSED panels are counted as panels only; their
 * members count nowhere.
 */
@ApplicationScoped
public class NetworkComposition {

  private final CityRepository cities;
  private final PanelRepository panels;
  private final BalanceRulesRepository rules;
  private final PanelBalanceRepository balances;

  NetworkComposition(
      CityRepository cities,
      PanelRepository panels,
      BalanceRulesRepository rules,
      PanelBalanceRepository balances) {
    this.cities = cities;
    this.panels = panels;
    this.rules = rules;
    this.balances = balances;
  }

  /** A town, its ACTIVE panel if it has one, and that panel's public composition. */
  public record TownFigures(City city, Panel activePanel, TownComposition composition) {}

  /**
   * The network's figures.
   *
   * @param panelsByStatus every panel of the network by status, all three statuses present
   * @param members active seats of all ACTIVE panels
   * @param pillars those seats per pillar
   */
  public record NetworkFigures(
      int towns,
      Map<PanelStatus, Long> panelsByStatus,
      PublicCount members,
      Map<Pillar, PublicCount> pillars,
      List<TownFigures> byTown) {}

  /** Refuses a caller the table does not let see the network's figures. */
  public void authorise(Actor actor) {
    if (!PanelPermissions.TABLE.allowsEverywhere(VIEW_NETWORK_COMPOSITION, actor)) {
      throw new ActionNotPermittedException("you may not see the network's figures");
    }
  }

  public NetworkFigures figures(Actor actor) {
    authorise(actor);
    BalanceRulesVersion current = rules.current();
    Map<PanelStatus, Long> byStatus = new EnumMap<>(PanelStatus.class);
    for (PanelStatus status : PanelStatus.values()) {
      byStatus.put(status, panels.count("status", status));
    }
    int members = 0;
    Map<Pillar, Integer> pillarSeats = new EnumMap<>(Pillar.class);
    List<TownFigures> towns = new ArrayList<>();
    for (City city : cities.listAll(Sort.by("name"))) {
      Panel active =
          panels
              .find("cityCode = ?1 and status = ?2", city.code(), PanelStatus.ACTIVE)
              .firstResult();
      if (active == null) {
        towns.add(new TownFigures(city, null, null));
        continue;
      }
      BalanceAssessment assessment =
          BalanceAssessment.of(balances.seats(active.id()), current.rules(), city.baseline());
      members += assessment.seats();
      assessment.pillarCounts().forEach((pillar, n) -> pillarSeats.merge(pillar, n, Integer::sum));
      towns.add(new TownFigures(city, active, TownComposition.of(assessment)));
    }
    Map<Pillar, PublicCount> pillars = new EnumMap<>(Pillar.class);
    for (Pillar pillar : Pillar.values()) {
      pillars.put(pillar, PublicCount.of(pillarSeats.getOrDefault(pillar, 0)));
    }
    return new NetworkFigures(
        towns.size(), byStatus, PublicCount.of(members), pillars, List.copyOf(towns));
  }
}
