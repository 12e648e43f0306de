package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativeLifecycle;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.InitiativeTransition;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.domain.ReviewSummary;
import eu.cohesion.initiative.events.InitiativeConcluded;
import eu.cohesion.initiative.events.InitiativeStatusChanged;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Moves an initiative through its lifecycle and announces every step on initiative-events. */
@ApplicationScoped
public class InitiativeStatusChanges {

  private final InitiativeRepository initiatives;
  private final ReviewRoundRepository rounds;
  private final ReviewRepository reviews;
  private final ChangeGate gate;
  private final IndicatorOutcomes indicatorOutcomes;

  InitiativeStatusChanges(
      InitiativeRepository initiatives,
      ReviewRoundRepository rounds,
      ReviewRepository reviews,
      ChangeGate gate,
      IndicatorOutcomes indicatorOutcomes) {
    this.initiatives = initiatives;
    this.rounds = rounds;
    this.reviews = reviews;
    this.gate = gate;
    this.indicatorOutcomes = indicatorOutcomes;
  }

  /**
   * The step, its history entry and its events commit together or not at all. Refused, in this
   * order: unknown initiative (404), caller not allowed in its town (403), no If-Match (428), stale
   * version (412), step the lifecycle does not allow (422), concluding while the latest review
   * round is open (422). The conclusion carries the latest closed round's results.
   */
  @Transactional
  public Initiative change(Actor actor, UUID id, StatusChange change) {
    return gate.load("initiative", id, initiatives.findWithHistory(id))
        .permit(InitiativePermissions.TABLE, CHANGE_STATUS, actor, "change initiatives")
        .ifMatch(change.expectedVersion())
        .apply(
            (initiative, now) -> {
              Optional<ReviewRound> latestRound =
                  change.to() == InitiativeStatus.CONCLUDED
                          && InitiativeLifecycle.allows(initiative.status(), change.to())
                      ? rounds.latestOf(initiative.id())
                      : Optional.empty();
              ReviewRound.requireConcludable(latestRound);
              InitiativeTransition step =
                  initiative.moveTo(
                      change.to(), change.reason(), change.conclusion(), actor.subject(), now);
              // The response's view reads the content after this transaction: load it now.
              initiative.content();
              List<PublishedEvent> events = new ArrayList<>();
              events.add(InitiativeStatusChanged.of(initiative, step));
              if (step.to() == InitiativeStatus.CONCLUDED) {
                ReviewSummary results =
                    latestRound
                        .map(
                            round ->
                                ReviewSummary.of(
                                    round, ReviewRounds.results(reviews.ofRound(round.id()))))
                        .orElse(null);
                events.add(
                    InitiativeConcluded.of(
                        initiative, step, indicatorOutcomes.of(initiative.id()), results));
              }
              return events;
            });
  }
}
