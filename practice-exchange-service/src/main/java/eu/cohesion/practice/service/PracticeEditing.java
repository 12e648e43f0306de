package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeProfile;
import eu.cohesion.practice.domain.PracticeText;
import eu.cohesion.practice.events.PracticeRevised;
import eu.cohesion.practice.service.follow.FollowerNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Rewrites a practice's text, its classification and its translations (all as {@code
 * EDIT_PRACTICE}, refused while it is submitted). A published practice may be edited too and stays
 * published: its town keeps it up to date as the evidence grows. Such an edit records a revision
 * and announces it with {@code eu.cohesion.practice.revised} (and tells the practice's followers);
 * edits before publication announce nothing.
 */
@ApplicationScoped
public class PracticeEditing {

  private final PracticeRepository practices;
  private final ChangeGate gate;
  @Inject PracticeSearchIndex searchIndex;
  @Inject FollowerNotices followers;

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
              List<PublishedEvent> events = new ArrayList<>();
              practice
                  .revise(text, actor.subject(), now)
                  .ifPresent(
                      revision -> {
                        events.add(PracticeRevised.of(practice, revision));
                        events.addAll(followers.revised(practice, actor.subject(), now));
                      });
              searchIndex.refresh(practice.id());
              return events;
            });
  }

  /** Refused like {@link #revise}; 422 for an unknown language or SDG target. */
  @Transactional
  public GoodPractice classify(
      Actor actor, UUID id, Long expectedVersion, PracticeProfile profile) {
    return change(
        actor,
        id,
        expectedVersion,
        (practice, now) -> {
          practice.classify(profile, now);
          searchIndex.refresh(practice.id());
        });
  }

  /**
   * Recorded as translated by the caller's capacity and town. Refused like {@link #revise}; 422 for
   * the original language or an empty translation.
   */
  @Transactional
  public GoodPractice translate(
      Actor actor, UUID id, Long expectedVersion, String language, PracticeText text) {
    Role capacity =
        actor.roles().contains(Role.NETWORK_ADMIN) ? Role.NETWORK_ADMIN : Role.CITY_COORDINATOR;
    String town = capacity == Role.NETWORK_ADMIN ? null : actor.city();
    return change(
        actor,
        id,
        expectedVersion,
        (practice, now) -> {
          practice.translate(language, text, capacity, town, now);
          searchIndex.refresh(practice.id());
        });
  }

  /** 404 also when the practice has no translation into that language. */
  @Transactional
  public GoodPractice removeTranslation(
      Actor actor, UUID id, Long expectedVersion, String language) {
    return change(
        actor,
        id,
        expectedVersion,
        (practice, now) -> {
          if (!practice.removeTranslation(language, now)) {
            throw new ResourceNotFoundException("translation", id + "/" + language);
          }
          searchIndex.refresh(practice.id());
        });
  }

  private GoodPractice change(
      Actor actor, UUID id, Long expectedVersion, BiConsumer<GoodPractice, Instant> edit) {
    return gate.load("practice", id, practices.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, EDIT_PRACTICE, actor, "change practices")
        .ifMatch(expectedVersion)
        .apply(
            (practice, now) -> {
              edit.accept(practice, now);
              return List.of();
            });
  }
}
