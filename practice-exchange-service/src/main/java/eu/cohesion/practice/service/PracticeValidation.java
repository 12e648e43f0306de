package eu.cohesion.practice.service;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.ValidationStep;
import eu.cohesion.practice.events.PracticePublished;
import eu.cohesion.practice.events.PracticeReturned;
import eu.cohesion.practice.events.PracticeSubmitted;
import eu.cohesion.practice.events.PracticeUnpublished;
import eu.cohesion.practice.service.follow.FollowerNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Validation by the network: the town submits, the network admin publishes, returns or unpublishes.
 * Each step, its history record, the search index and its event on {@code practice-events} commit
 * together or not at all; a publication also tells the followers of the practice's themes.
 */
@ApplicationScoped
public class PracticeValidation {

  private final PracticeRepository practices;
  private final ChangeGate gate;
  @Inject PracticeSearchIndex searchIndex;
  @Inject FollowerNotices followers;

  PracticeValidation(PracticeRepository practices, ChangeGate gate) {
    this.practices = practices;
    this.gate = gate;
  }

  /**
   * Refused, in this order: 404, 403 (the step's own row), 428 (no If-Match), 412 (stale), 422 (a
   * step the lifecycle does not allow now, or a publication that fails the checklist).
   *
   * @param reason why, for returning and unpublishing
   */
  @Transactional
  public GoodPractice take(
      Actor actor, UUID id, Long expectedVersion, ValidationStep step, String reason) {
    return gate.load("practice", id, practices.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, step.action(), actor, "validate practices")
        .ifMatch(expectedVersion)
        .apply(
            (practice, now) -> {
              practice.take(step, reason, actor.subject(), now);
              searchIndex.refresh(practice.id());
              List<PublishedEvent> events = new ArrayList<>(List.of(event(step, practice, now)));
              if (step == ValidationStep.PUBLISHED) {
                events.addAll(followers.published(practice, actor.subject(), now));
              }
              return events;
            });
  }

  private static PublishedEvent event(ValidationStep step, GoodPractice practice, Instant now) {
    return switch (step) {
      case SUBMITTED -> PracticeSubmitted.of(practice, now);
      case RETURNED -> PracticeReturned.of(practice, now);
      case PUBLISHED -> PracticePublished.of(practice);
      case UNPUBLISHED -> PracticeUnpublished.of(practice, now);
    };
  }
}
