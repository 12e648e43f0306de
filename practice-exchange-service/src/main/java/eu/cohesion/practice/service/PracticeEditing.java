package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.events.PracticeRevised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Rewrites a practice's text. A published practice may be edited too and stays published: its town
 * keeps it up to date as the evidence grows. Such an edit records a revision and announces it with
 * {@code eu.cohesion.practice.revised}; edits before publication announce nothing.
 */
@ApplicationScoped
public class PracticeEditing {

  private final PracticeRepository practices;
  private final ChangeGate gate;
  @Inject PracticeSearchIndex searchIndex;

  PracticeEditing(PracticeRepository practices, ChangeGate gate) {
    this.practices = practices;
    this.gate = gate;
  }

  /**
   * Refused, in this order: 404, 403, 428 (no If-Match), 412 (stale), 422 (submitted, or a
   * published practice that would fail the checklist).
   */
  @Transactional
  public GoodPractice revise(Actor actor, UUID id, Long expectedVersion, PracticeText text) {
    return gate.load("practice", id, practices.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, EDIT_PRACTICE, actor, "change practices")
        .ifMatch(expectedVersion)
        .apply(
            (practice, now) -> {
              List<PracticeRevised> revised =
                  practice
                      .revise(text, actor.subject(), now)
                      .map(revision -> PracticeRevised.of(practice, revision))
                      .stream()
                      .toList();
              searchIndex.refresh(practice.id());
              return revised;
            });
  }
}
