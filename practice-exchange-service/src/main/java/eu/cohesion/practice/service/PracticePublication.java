package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.events.PracticePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Makes a practice public and announces it on {@code practice-events}. */
@ApplicationScoped
public class PracticePublication {

  private final PracticeRepository practices;
  private final ChangeGate gate;
  @Inject PracticeSearchIndex searchIndex;

  PracticePublication(PracticeRepository practices, ChangeGate gate) {
    this.practices = practices;
    this.gate = gate;
  }

  /**
   * The publication and its {@code eu.cohesion.practice.published} event commit together or not at
   * all.
   */
  @Transactional
  public GoodPractice publish(Actor actor, UUID id, Long expectedVersion) {
    return gate.load("practice", id, practices.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, PUBLISH_PRACTICE, actor, "change practices")
        .ifMatch(expectedVersion)
        .apply(
            (practice, now) -> {
              practice.publish(now);
              searchIndex.refresh(practice.id());
              return List.of(PracticePublished.of(practice));
            });
  }
}
