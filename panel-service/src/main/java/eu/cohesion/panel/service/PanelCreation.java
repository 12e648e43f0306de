package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelRules;
import eu.cohesion.panel.events.PanelCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;

/** Sets up a new Local Panel of Stakeholders and announces it on {@code panel-events}. */
@ApplicationScoped
public class PanelCreation {

  private static final String UNIQUE_NAME_INDEX = "uq_panel_city_name";

  private final CityRepository cities;
  private final PanelRepository panels;
  private final ChangeGate gate;

  PanelCreation(CityRepository cities, PanelRepository panels, ChangeGate gate) {
    this.cities = cities;
    this.panels = panels;
    this.gate = gate;
  }

  /** The panel and its {@code eu.cohesion.panel.created} event commit together or not at all. */
  @Transactional
  public Panel create(Actor actor, NewPanel request) {
    PanelPermissions.TABLE.require(
        CREATE_PANEL, actor, request.city(), "you may not create panels in town " + request.city());
    if (cities.findByIdOptional(request.city()).isEmpty()) {
      throw new UnknownCityException(request.city());
    }
    String name = PanelRules.name(request.name());
    if (panels.existsInCity(request.city(), name)) {
      throw new DuplicatePanelNameException(request.city(), name);
    }
    Instant now = gate.now();
    Panel panel = Panel.create(request.city(), name, request.description(), actor.subject(), now);
    try {
      panels.persistAndFlush(panel);
    } catch (PersistenceException e) {
      // A concurrent request took the name between the check above and this insert.
      if (violatesUniqueName(e)) {
        throw new DuplicatePanelNameException(request.city(), name);
      }
      throw e;
    }
    gate.created(actor, CREATE_PANEL, "panel", panel, now, List.of(PanelCreated.of(panel)));
    return panel;
  }

  private static boolean violatesUniqueName(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return UNIQUE_NAME_INDEX.equalsIgnoreCase(violation.getConstraintName());
      }
    }
    return false;
  }
}
