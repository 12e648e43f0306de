package eu.cohesion.panel.service;

import static eu.cohesion.panel.domain.PanelAction.CHANGE_PANEL_STATUS;
import static eu.cohesion.panel.domain.PanelAction.EDIT_PANEL;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelLifecycle;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PanelRules;
import eu.cohesion.panel.domain.PanelStatus;
import eu.cohesion.panel.events.PanelChanged;
import eu.cohesion.panel.events.PanelStatusChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** Edits a panel and moves it through its lifecycle, announcing each change on panel-events. */
@ApplicationScoped
public class PanelEditing {

  private static final String UNIQUE_NAME_INDEX = "uq_panel_city_name";
  private static final String ONE_ACTIVE_INDEX = "uq_panel_active_per_town";

  private final PanelRepository panels;
  private final ChangeGate gate;

  PanelEditing(PanelRepository panels, ChangeGate gate) {
    this.panels = panels;
    this.gate = gate;
  }

  /**
   * The edit and its {@code eu.cohesion.panel.changed} event commit together or not at all.
   * Refused, in this order: unknown panel (404), caller not allowed in its town (403), no If-Match
   * (428), stale version (412), name taken (409), closed panel or bad mandate/term (422).
   */
  @Transactional
  public Panel edit(Actor actor, UUID id, PanelEdit edit) {
    Optional<Panel> found = panels.findByIdOptional(id);
    try {
      return gate.load("panel", id, found)
          .permit(PanelPermissions.TABLE, EDIT_PANEL, actor, "edit panels")
          .ifMatch(edit.expectedVersion())
          .apply(
              (panel, now) -> {
                String name = PanelRules.name(edit.name());
                if (panels.existsOtherInCity(panel.cityCode(), name, panel.id())) {
                  throw new DuplicatePanelNameException(panel.cityCode(), name);
                }
                panel.edit(
                    edit.name(),
                    edit.description(),
                    edit.mandate(),
                    edit.termStart(),
                    edit.termEnd(),
                    now);
                return List.of(PanelChanged.of(panel));
              });
    } catch (PersistenceException e) {
      if (violates(e, UNIQUE_NAME_INDEX)) {
        // A concurrent request took the name between the check and this flush.
        throw new DuplicatePanelNameException(found.get().cityCode(), edit.name());
      }
      throw e;
    }
  }

  /**
   * One lifecycle step and its {@code eu.cohesion.panel.status-changed} event. Refused like an
   * edit, then with 422 for a step the lifecycle does not allow, an activation without mandate or
   * term, and an activation while another panel of the town is ACTIVE (named in the answer).
   */
  @Transactional
  public Panel changeStatus(Actor actor, UUID id, PanelStatusChange change) {
    Optional<Panel> found = panels.findByIdOptional(id);
    try {
      return gate.load("panel", id, found)
          .permit(PanelPermissions.TABLE, CHANGE_PANEL_STATUS, actor, "change the status of panels")
          .ifMatch(change.expectedVersion())
          .apply(
              (panel, now) -> {
                // A step the lifecycle refuses is refused as such, whatever else is ACTIVE.
                if (change.to() == PanelStatus.ACTIVE
                    && PanelLifecycle.allows(panel.status(), PanelStatus.ACTIVE)) {
                  requireNoOtherActive(panel);
                }
                PanelStatus from = panel.moveTo(change.to(), now);
                return List.of(PanelStatusChanged.of(panel, from));
              });
    } catch (PersistenceException e) {
      // A concurrent activation in the same town committed between the check and this flush.
      if (violates(e, ONE_ACTIVE_INDEX)) {
        throw new ActivePanelExistsException(found.get().cityCode());
      }
      throw e;
    }
  }

  private void requireNoOtherActive(Panel panel) {
    panels
        .activeIn(panel.cityCode())
        .filter(active -> !active.id().equals(panel.id()))
        .ifPresent(
            active -> {
              throw new ActivePanelExistsException(panel.cityCode(), active.id(), active.name());
            });
  }

  private static boolean violates(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        return constraint.equalsIgnoreCase(violation.getConstraintName());
      }
    }
    return false;
  }
}
