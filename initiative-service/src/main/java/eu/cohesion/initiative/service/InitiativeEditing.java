package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.DELETE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EDIT_INITIATIVE;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.events.InitiativeChanged;
import eu.cohesion.initiative.events.InitiativeDeleted;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Rewrites and deletes initiatives, announcing each on initiative-events. */
@ApplicationScoped
public class InitiativeEditing {

  private final InitiativeRepository initiatives;
  private final ChangeGate gate;

  InitiativeEditing(InitiativeRepository initiatives, ChangeGate gate) {
    this.initiatives = initiatives;
    this.gate = gate;
  }

  /**
   * The edit and its {@code eu.cohesion.initiative.changed} event commit together or not at all.
   * Refused, in this order: unknown initiative (404), caller not allowed in its town (403), no
   * If-Match (428), stale version (412), concluded or withdrawn initiative (422).
   */
  @Transactional
  public Initiative edit(Actor actor, UUID id, ContentEdit edit) {
    return gate.load("initiative", id, initiatives.findWithHistory(id))
        .permit(InitiativePermissions.TABLE, EDIT_INITIATIVE, actor, "edit initiatives")
        .ifMatch(edit.expectedVersion())
        .apply(
            (initiative, now) -> {
              initiative.edit(edit.content(), now);
              return List.of(InitiativeChanged.of(initiative));
            });
  }

  /**
   * Deletes a DRAFT with its history and content, announcing {@code
   * eu.cohesion.initiative.deleted}. Refused like an edit, then with 409 once the initiative is
   * past DRAFT.
   */
  @Transactional
  public void delete(Actor actor, UUID id, Long expectedVersion) {
    gate.load("initiative", id, initiatives.findWithHistory(id))
        .permit(InitiativePermissions.TABLE, DELETE_INITIATIVE, actor, "delete initiatives")
        .ifMatch(expectedVersion)
        .apply(
            (initiative, now) -> {
              initiative.requireDeletable();
              initiatives.delete(initiative);
              return List.of(InitiativeDeleted.of(initiative, now));
            });
  }
}
