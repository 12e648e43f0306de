package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.InitiativeTransition;
import eu.cohesion.initiative.events.InitiativeConcluded;
import eu.cohesion.initiative.events.InitiativeStatusChanged;
import eu.cohesion.kit.events.EventOutbox;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.StaleVersionException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Moves an initiative through its lifecycle and announces every step on initiative-events. */
@ApplicationScoped
public class InitiativeStatusChanges {

  private final InitiativeRepository initiatives;
  private final EventOutbox outbox;

  InitiativeStatusChanges(InitiativeRepository initiatives, EventOutbox outbox) {
    this.initiatives = initiatives;
    this.outbox = outbox;
  }

  /**
   * The step, its history entry and its events commit together or not at all. Refused, in this
   * order: unknown initiative (404), caller not allowed in its town (403), stale version (409),
   * step the lifecycle does not allow (422).
   */
  @Transactional
  public Initiative change(Actor actor, UUID id, StatusChange change) {
    Initiative initiative =
        initiatives
            .findWithHistory(id)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", id));
    if (!InitiativePermissions.TABLE.allows(CHANGE_STATUS, actor, initiative.cityCode())) {
      throw new ActionNotPermittedException(
          "you may not change initiatives of town " + initiative.cityCode());
    }
    if (initiative.version() != change.expectedVersion()) {
      throw new StaleVersionException(
          "initiative " + id, change.expectedVersion(), initiative.version());
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    InitiativeTransition step =
        initiative.moveTo(change.to(), change.reason(), change.conclusion(), actor.subject(), now);
    // Flushing here turns a concurrent change into an OptimisticLockException (409) and gives the
    // response the new version.
    initiatives.flush();
    outbox.append(
        InitiativeStatusChanged.TYPE,
        initiative.id(),
        now,
        new InitiativeStatusChanged(
            initiative.id(),
            initiative.panelId(),
            initiative.cityCode(),
            step.from(),
            step.to(),
            step.at()));
    if (step.to() == InitiativeStatus.CONCLUDED) {
      outbox.append(
          InitiativeConcluded.TYPE,
          initiative.id(),
          now,
          new InitiativeConcluded(
              initiative.id(),
              initiative.panelId(),
              initiative.cityCode(),
              initiative.title(),
              initiative.summary(),
              initiative.outcome(),
              initiative.conclusion(),
              step.at()));
    }
    return initiative;
  }
}
