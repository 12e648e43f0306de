package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;

import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelRules;
import eu.cohesion.panel.events.PanelCreated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.exception.ConstraintViolationException;

/** Sets up a new Local Panel of Stakeholders and announces it on {@code panel-events}. */
@ApplicationScoped
public class PanelCreation {

  private static final String UNIQUE_NAME_INDEX = "uq_panel_city_name";

  private final CityRepository cities;
  private final PanelRepository panels;
  private final EventOutbox outbox;

  PanelCreation(CityRepository cities, PanelRepository panels, EventOutbox outbox) {
    this.cities = cities;
    this.panels = panels;
    this.outbox = outbox;
  }

  /** The panel and its {@code eu.cohesion.panel.created} event commit together or not at all. */
  @Transactional
  public Panel create(Actor actor, NewPanel request) {
    if (!PanelPermissions.TABLE.allows(CREATE_PANEL, actor, request.city())) {
      throw new ActionNotPermittedException("you may not create panels in town " + request.city());
    }
    if (cities.findByIdOptional(request.city()).isEmpty()) {
      throw new UnknownCityException(request.city());
    }
    String name = PanelRules.name(request.name());
    if (panels.existsInCity(request.city(), name)) {
      throw new DuplicatePanelNameException(request.city(), name);
    }
    // PostgreSQL keeps microseconds: truncating keeps the response equal to later reads.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
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
    outbox.append(
        PanelCreated.TYPE,
        panel.id(),
        now,
        new PanelCreated(panel.id(), panel.cityCode(), panel.name()));
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
