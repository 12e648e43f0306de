package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.KnownPanel;
import eu.cohesion.initiative.events.InitiativeCreated;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Starts an initiative of a known panel as a DRAFT and announces it on initiative-events. */
@ApplicationScoped
public class InitiativeCreation {

  private final KnownPanelRepository panels;
  private final InitiativeRepository initiatives;
  private final ChangeGate gate;

  InitiativeCreation(
      KnownPanelRepository panels, InitiativeRepository initiatives, ChangeGate gate) {
    this.panels = panels;
    this.initiatives = initiatives;
    this.gate = gate;
  }

  /** The initiative, its first history step and its created event commit together or not at all. */
  @Transactional
  public Initiative create(Actor actor, NewInitiative request) {
    KnownPanel panel =
        panels
            .findByIdOptional(request.panelId())
            .orElseThrow(() -> new UnknownPanelException(request.panelId()));
    InitiativePermissions.TABLE.require(
        CREATE_INITIATIVE,
        actor,
        panel.cityCode(),
        "you may not start initiatives in town " + panel.cityCode());
    Instant now = gate.now();
    Initiative initiative = Initiative.draft(panel, request.content(), actor.subject(), now);
    initiatives.persist(initiative);
    gate.created(
        actor,
        CREATE_INITIATIVE,
        "initiative",
        initiative,
        now,
        List.of(InitiativeCreated.of(initiative)));
    return initiative;
  }
}
