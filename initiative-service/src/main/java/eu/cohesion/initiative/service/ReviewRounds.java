package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.CLOSE_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.OPEN_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;

import eu.cohesion.initiative.domain.EligibleReviewer;
import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Review;
import eu.cohesion.initiative.domain.ReviewQuorum;
import eu.cohesion.initiative.domain.ReviewResults;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.domain.ReviewRuleException;
import eu.cohesion.initiative.events.ReviewRoundClosed;
import eu.cohesion.initiative.events.ReviewRoundOpened;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Opens, shows and closes an initiative's review rounds. */
@ApplicationScoped
public class ReviewRounds {

  private final InitiativeRepository initiatives;
  private final KnownPanelMemberRepository members;
  private final ReviewRoundRepository rounds;
  private final ReviewRepository reviews;
  private final ReviewQuorum quorum;
  private final ChangeGate gate;

  ReviewRounds(
      InitiativeRepository initiatives,
      KnownPanelMemberRepository members,
      ReviewRoundRepository rounds,
      ReviewRepository reviews,
      ReviewQuorum quorum,
      ChangeGate gate) {
    this.initiatives = initiatives;
    this.members = members;
    this.rounds = rounds;
    this.reviews = reviews;
    this.quorum = quorum;
    this.gate = gate;
  }

  /**
   * Opens a round with the panel's active members who have a login as eligible reviewers, and
   * announces them. Refused: unknown initiative (404), another town's (403), initiative not under
   * review, a round already open, closing time not in the future, nobody eligible (422).
   */
  @Transactional
  public ReviewRoundView open(Actor actor, UUID initiativeId, Instant closesAt) {
    Initiative initiative =
        initiatives
            .findByIdOptional(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
    InitiativePermissions.TABLE.require(
        OPEN_REVIEW_ROUND,
        actor,
        initiative.cityCode(),
        "you may not open review rounds in town " + initiative.cityCode());
    if (rounds.latestOf(initiativeId).filter(ReviewRound::isOpen).isPresent()) {
      throw new ReviewRuleException(
          "review-round-already-open",
          "Review round already open",
          "initiative " + initiativeId + " already has an open review round");
    }
    Instant now = gate.now();
    ReviewRound round =
        ReviewRound.open(
            initiative, members.activeOf(initiative.panelId()), closesAt, actor.subject(), now);
    rounds.persist(round);
    gate.created(
        actor, OPEN_REVIEW_ROUND, "review-round", round, now, List.of(ReviewRoundOpened.of(round)));
    return view(actor, round);
  }

  /** The initiative's latest round, empty when its panel opened none. */
  public Optional<ReviewRoundView> latest(Actor actor, UUID initiativeId) {
    Initiative initiative =
        initiatives
            .findByIdOptional(initiativeId)
            .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
    InitiativePermissions.TABLE.require(
        VIEW_INITIATIVES,
        actor,
        initiative.cityCode(),
        "you may not see initiatives of town " + initiative.cityCode());
    return rounds.latestOf(initiativeId).map(round -> view(actor, round));
  }

  public Initiative initiativeOf(UUID initiativeId) {
    return initiatives
        .findByIdOptional(initiativeId)
        .orElseThrow(() -> new ResourceNotFoundException("initiative", initiativeId));
  }

  public ReviewRoundView get(Actor actor, UUID roundId) {
    ReviewRound round = find(roundId);
    InitiativePermissions.TABLE.require(
        VIEW_INITIATIVES,
        actor,
        round.cityCode(),
        "you may not see review rounds of town " + round.cityCode());
    return view(actor, round);
  }

  /**
   * Closes the round once its quorum holds and announces its results. Refused: unknown (404),
   * another town's (403), no If-Match (428), stale (412), closed already or quorum not met (422,
   * naming what is missing).
   */
  @Transactional
  public ReviewRoundView close(Actor actor, UUID roundId, Long expectedVersion) {
    ReviewRound closed =
        gate.load("review round", roundId, rounds.findByIdOptional(roundId))
            .permit(InitiativePermissions.TABLE, CLOSE_REVIEW_ROUND, actor, "close review rounds")
            .ifMatch(expectedVersion)
            .apply(
                (round, now) -> {
                  List<Review> submitted = reviews.ofRound(round.id());
                  round.close(quorum, submitted, actor.subject(), now);
                  return List.of(ReviewRoundClosed.of(round, results(submitted)));
                });
    return view(actor, closed);
  }

  ReviewRound find(UUID roundId) {
    return rounds
        .findByIdOptional(roundId)
        .orElseThrow(() -> new ResourceNotFoundException("review round", roundId));
  }

  ReviewRoundView view(Actor actor, ReviewRound round) {
    List<Review> submitted = reviews.ofRound(round.id());
    Optional<EligibleReviewer> me =
        actor.subject() == null ? Optional.empty() : round.reviewer(actor.subject());
    Review mine =
        me.flatMap(
                r -> submitted.stream().filter(x -> r.memberId().equals(x.memberId())).findFirst())
            .orElse(null);
    return new ReviewRoundView(
        round,
        round.progress(quorum, submitted),
        round.isOpen() ? null : results(submitted),
        submitted.stream().collect(Collectors.groupingBy(Review::pillar, Collectors.counting())),
        mine,
        me.isPresent());
  }

  static ReviewResults results(List<Review> submitted) {
    return ReviewResults.of(submitted.stream().map(Review::sheet).toList());
  }
}
