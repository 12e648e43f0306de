package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.KnownPanel;
import eu.cohesion.initiative.events.InitiativeCreated;
import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Starts an initiative of a known panel as a DRAFT and announces it on initiative-events. */
@ApplicationScoped
public class InitiativeCreation {

  private final KnownPanelRepository panels;
  private final InitiativeRepository initiatives;
  private final EventOutbox outbox;

  InitiativeCreation(
      KnownPanelRepository panels, InitiativeRepository initiatives, EventOutbox outbox) {
    this.panels = panels;
    this.initiatives = initiatives;
    this.outbox = outbox;
  }

  /** The initiative, its first history step and its created event commit together or not at all. */
  @Transactional
  public Initiative create(Actor actor, NewInitiative request) {
    KnownPanel panel =
        panels
            .findByIdOptional(request.panelId())
            .orElseThrow(() -> new UnknownPanelException(request.panelId()));
    if (!InitiativePermissions.TABLE.allows(CREATE_INITIATIVE, actor, panel.cityCode())) {
      throw new ActionNotPermittedException(
          "you may not start initiatives in town " + panel.cityCode());
    }
    // PostgreSQL keeps microseconds: truncating keeps the response equal to later reads.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Initiative initiative =
        Initiative.draft(panel, request.title(), request.summary(), actor.subject(), now);
    initiatives.persistAndFlush(initiative);
    outbox.append(
        InitiativeCreated.TYPE,
        initiative.id(),
        now,
        new InitiativeCreated(
            initiative.id(), initiative.panelId(), initiative.cityCode(), initiative.title()));
    return initiative;
  }
}
