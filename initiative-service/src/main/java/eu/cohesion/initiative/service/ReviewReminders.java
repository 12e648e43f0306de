package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Initiative;
import eu.cohesion.initiative.domain.ReviewQuorum;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.events.InitiativeReviewDue;
import eu.cohesion.initiative.events.ReviewRoundQuorumAtRisk;
import eu.cohesion.kit.change.ChangeGate;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The review job: announces {@code eu.cohesion.initiative.review-due} once the review-again date of
 * a concluded initiative has come, and {@code eu.cohesion.review-round.quorum-at-risk} when an open
 * round closes within 48 hours without quorum. Each exactly once, across restarts and replicas: the
 * announcement claims a row (review_due_announced's primary key, review_round.quorum_warned_at set
 * from null) in the same transaction as its outbox entry, so a second runner finds it taken.
 */
@ApplicationScoped
public class ReviewReminders {

  static final Duration AT_RISK_WITHIN = Duration.ofHours(48);

  private final EntityManager entityManager;
  private final InitiativeRepository initiatives;
  private final ReviewRoundRepository rounds;
  private final ReviewRepository reviews;
  private final ReviewQuorum quorum;
  private final ChangeGate gate;

  ReviewReminders(
      EntityManager entityManager,
      InitiativeRepository initiatives,
      ReviewRoundRepository rounds,
      ReviewRepository reviews,
      ReviewQuorum quorum,
      ChangeGate gate) {
    this.entityManager = entityManager;
    this.initiatives = initiatives;
    this.rounds = rounds;
    this.reviews = reviews;
    this.quorum = quorum;
    this.gate = gate;
  }

  /** Minutes are precise enough for a date and a 48-hour warning. */
  @Scheduled(
      identity = "review-reminders",
      every = "${cohesion.reviews.reminders-every:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    run();
  }

  /**
   * One pass; returns how many events it announced.
   *
   * @return review-due plus quorum-at-risk events announced by this pass
   */
  @Transactional
  public int run() {
    Instant now = gate.now();
    return reviewsDue(now) + quorumsAtRisk(now);
  }

  private int reviewsDue(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<UUID> due =
        entityManager
            .createNativeQuery(
                "select i.id from initiative i where i.review_again_on <= ?1 and not exists"
                    + " (select 1 from review_due_announced a"
                    + " where a.initiative_id = i.id and a.due_on = i.review_again_on)")
            .setParameter(1, today)
            .getResultList();
    int announced = 0;
    for (UUID id : due) {
      Initiative initiative = initiatives.findById(id);
      int claimed =
          entityManager
              .createNativeQuery(
                  "insert into review_due_announced (initiative_id, due_on, announced_at)"
                      + " values (?1, ?2, ?3) on conflict do nothing")
              .setParameter(1, id)
              .setParameter(2, initiative.reviewAgainOn())
              .setParameter(3, now)
              .executeUpdate();
      if (claimed == 1) {
        gate.announce(now, InitiativeReviewDue.of(initiative));
        announced++;
      }
    }
    return announced;
  }

  private int quorumsAtRisk(Instant now) {
    int announced = 0;
    for (ReviewRound round : rounds.openClosingBefore(now.plus(AT_RISK_WITHIN))) {
      ReviewQuorum.Progress progress = round.progress(quorum, reviews.ofRound(round.id()));
      if (progress.met()) {
        continue;
      }
      // A concurrent runner waits on the row lock, then updates nothing.
      int claimed =
          entityManager
              .createNativeQuery(
                  "update review_round set quorum_warned_at = ?2"
                      + " where id = ?1 and quorum_warned_at is null")
              .setParameter(1, round.id())
              .setParameter(2, now)
              .executeUpdate();
      if (claimed == 1) {
        gate.announce(now, ReviewRoundQuorumAtRisk.of(round, progress));
        announced++;
      }
    }
    return announced;
  }
}
