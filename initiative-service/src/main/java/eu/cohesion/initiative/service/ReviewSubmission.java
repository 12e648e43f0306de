package eu.cohesion.initiative.service;

import static eu.cohesion.initiative.domain.InitiativeAction.SUBMIT_REVIEW;

import eu.cohesion.initiative.domain.CriterionScore;
import eu.cohesion.initiative.domain.EligibleReviewer;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Review;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ProblemException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A panel member's own review in a round: submitted once, revised with If-Match until the round
 * closes. Reviews announce no event: only a closed round's aggregates leave the service.
 */
@ApplicationScoped
public class ReviewSubmission {

  private final ReviewRounds rounds;
  private final ReviewRepository reviews;
  private final ChangeGate gate;

  ReviewSubmission(ReviewRounds rounds, ReviewRepository reviews, ChangeGate gate) {
    this.rounds = rounds;
    this.reviews = reviews;
    this.gate = gate;
  }

  /**
   * Refused: unknown round (404), another town's or not an eligible reviewer (403), already
   * reviewed (409, revise instead), round closed (422).
   */
  @Transactional
  public Review submit(Actor actor, UUID roundId, List<CriterionScore> scores) {
    ReviewRound round = rounds.find(roundId);
    EligibleReviewer reviewer = eligible(actor, round);
    if (reviews.ofMember(roundId, reviewer.memberId()).isPresent()) {
      throw new ProblemException(
          409,
          "already-reviewed",
          "Already reviewed",
          "you reviewed in round " + roundId + " already; change your review instead");
    }
    Instant now = gate.now();
    Review review = Review.submit(round, reviewer, scores, now);
    reviews.persist(review);
    gate.announce(now, List.of());
    return review;
  }

  /** Refused: as {@link #submit}, and 404 without an own review, 428/412 on If-Match. */
  @Transactional
  public Review revise(
      Actor actor, UUID roundId, Long expectedVersion, List<CriterionScore> scores) {
    ReviewRound round = rounds.find(roundId);
    EligibleReviewer reviewer = eligible(actor, round);
    return gate.load("review", roundId, reviews.ofMember(roundId, reviewer.memberId()))
        .permit(InitiativePermissions.TABLE, SUBMIT_REVIEW, actor, "review initiatives")
        .ifMatch(expectedVersion)
        .apply(
            (review, now) -> {
              review.revise(round, scores, now);
              return List.of();
            });
  }

  /** The caller's own review in the round. */
  public Review mine(Actor actor, UUID roundId) {
    ReviewRound round = rounds.find(roundId);
    EligibleReviewer reviewer = eligible(actor, round);
    return reviews
        .ofMember(roundId, reviewer.memberId())
        .orElseThrow(() -> new ResourceNotFoundException("review", roundId));
  }

  private static EligibleReviewer eligible(Actor actor, ReviewRound round) {
    InitiativePermissions.TABLE.require(
        SUBMIT_REVIEW,
        actor,
        round.cityCode(),
        "you may not review initiatives of town " + round.cityCode());
    return round
        .reviewer(actor.subject())
        .orElseThrow(
            () ->
                new ActionNotPermittedException(
                    "you are not an eligible reviewer of review round " + round.id()));
  }
}
