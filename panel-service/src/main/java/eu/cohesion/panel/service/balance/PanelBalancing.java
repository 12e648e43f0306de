package eu.cohesion.panel.service.balance;

import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.City;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import eu.cohesion.panel.domain.balance.PanelBalance;
import eu.cohesion.panel.domain.balance.TownBaseline;
import eu.cohesion.panel.events.BalanceChanged;
import eu.cohesion.panel.service.CityRepository;
import eu.cohesion.panel.service.MembersChanged;
import eu.cohesion.panel.service.PanelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps every panel's assessment current: recomputed in the transaction of each change it depends
 * on (members, the rules, the town's baseline), stored, and announced as {@code
 * eu.cohesion.panel.balance-changed} only when the score or the gaps changed.
 */
@ApplicationScoped
public class PanelBalancing {

  private final PanelRepository panels;
  private final CityRepository cities;
  private final BalanceRulesRepository rules;
  private final PanelBalanceRepository balances;
  private final ChangeGate gate;
  private final ObjectMapper json;

  PanelBalancing(
      PanelRepository panels,
      CityRepository cities,
      BalanceRulesRepository rules,
      PanelBalanceRepository balances,
      ChangeGate gate,
      ObjectMapper json) {
    this.panels = panels;
    this.cities = cities;
    this.rules = rules;
    this.balances = balances;
    this.gate = gate;
    this.json = json;
  }

  /** Synchronous, so the balance commits with the membership change or not at all. */
  void onMembersChanged(@Observes MembersChanged change) {
    Panel panel =
        panels
            .findByIdOptional(change.panelId())
            .orElseThrow(() -> new IllegalStateException("no panel " + change.panelId()));
    recompute(panel, rules.current(), baseline(panel.cityCode()), change.at());
  }

  /** After the town's baseline changed: each of its panels. */
  void recomputeTown(City city, Instant at) {
    BalanceRulesVersion current = rules.current();
    panels
        .list("cityCode", city.code())
        .forEach(panel -> recompute(panel, current, city.baseline(), at));
  }

  /** After the rules changed: every panel of every town. */
  void recomputeAll(BalanceRulesVersion current, Instant at) {
    for (City city : cities.listAll()) {
      panels
          .list("cityCode", city.code())
          .forEach(panel -> recompute(panel, current, city.baseline(), at));
    }
  }

  /** The panel's assessment now, with what it was measured against; public like the panel. */
  public AssessedPanel assess(Actor actor, UUID panelId) {
    Panel panel =
        panels
            .findByIdOptional(panelId)
            .orElseThrow(() -> new ResourceNotFoundException("panel", panelId));
    PanelPermissions.TABLE.require(
        VIEW_PANEL_SUMMARIES, actor, panel.cityCode(), "you may not see this panel");
    BalanceRulesVersion current = rules.current();
    TownBaseline baseline = baseline(panel.cityCode());
    BalanceAssessment assessment =
        BalanceAssessment.of(balances.seats(panel.id()), current.rules(), baseline);
    return new AssessedPanel(panel, assessment, current, baseline);
  }

  private void recompute(
      Panel panel, BalanceRulesVersion current, TownBaseline baseline, Instant at) {
    BalanceAssessment assessment =
        BalanceAssessment.of(balances.seats(panel.id()), current.rules(), baseline);
    PanelBalance stored = balances.findById(panel.id());
    BalanceAssessment before = stored == null ? null : read(stored.assessment());
    if (stored == null) {
      stored = PanelBalance.of(panel.id());
      stored.record(assessment.score(), current.version(), write(assessment), at);
      balances.persist(stored);
    } else {
      stored.record(assessment.score(), current.version(), write(assessment), at);
    }
    if (!assessment.sameOutcomeAs(before)) {
      gate.announce(
          at,
          BalanceChanged.of(
              panel, assessment, before == null ? null : before.score(), current.version()));
    }
  }

  private TownBaseline baseline(String cityCode) {
    return cities.findByIdOptional(cityCode).map(City::baseline).orElse(TownBaseline.NONE);
  }

  private String write(BalanceAssessment assessment) {
    try {
      return json.writeValueAsString(assessment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a balance assessment", e);
    }
  }

  private BalanceAssessment read(String stored) {
    try {
      return json.readValue(stored, BalanceAssessment.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a stored balance assessment", e);
    }
  }
}
