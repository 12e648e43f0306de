package eu.cohesion.initiative.domain;

import eu.cohesion.kit.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A panel's review of one initiative UNDER_REVIEW: opened by the coordinator with a planned closing
 * time, reviewed by the members eligible when it opened, closed once its quorum holds.
 */
@Entity
@Table(name = "review_round")
public class ReviewRound implements Aggregate {

  @Id private UUID id;

  @Column(name = "initiative_id", nullable = false, updatable = false)
  private UUID initiativeId;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewRoundStatus status;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  /** Token subject of the coordinator who opened it, for audit. */
  @Column(name = "opened_by", nullable = false, updatable = false)
  private String openedBy;

  @Column(name = "closes_at", nullable = false)
  private Instant closesAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private String closedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_round_reviewer", joinColumns = @JoinColumn(name = "round_id"))
  private List<EligibleReviewer> eligible = new ArrayList<>();

  @Version private long version;

  protected ReviewRound() {}

  /**
   * Opens a round with the panel's active members who have a login as its eligible reviewers.
   *
   * @throws ReviewRuleException if the initiative is not under review, the closing time is not in
   *     the future or nobody could review
   */
  public static ReviewRound open(
      Initiative initiative,
      Collection<KnownPanelMember> members,
      Instant closesAt,
      String by,
      Instant now) {
    if (initiative.status() != InitiativeStatus.UNDER_REVIEW) {
      throw new ReviewRuleException(
          "not-under-review",
          "Initiative is not under review",
          "a review round opens on an initiative UNDER_REVIEW; this one is " + initiative.status());
    }
    if (!closesAt.isAfter(now)) {
      throw new ReviewRuleException(
          "closing-time-passed", "Closing time passed", "closesAt must lie in the future");
    }
    ReviewRound round = new ReviewRound();
    round.id = UUID.randomUUID();
    round.initiativeId = initiative.id();
    round.panelId = initiative.panelId();
    round.cityCode = initiative.cityCode();
    round.status = ReviewRoundStatus.OPEN;
    round.openedAt = now;
    round.openedBy = by;
    round.closesAt = closesAt;
    for (KnownPanelMember member : members) {
      if (member.active()
          && member.keycloakUserId() != null
          && member.panelId().equals(initiative.panelId())) {
        round.eligible.add(
            new EligibleReviewer(member.memberId(), member.keycloakUserId(), member.pillar()));
      }
    }
    if (round.eligible.isEmpty()) {
      throw new ReviewRuleException(
          "no-eligible-reviewers",
          "No eligible reviewers",
          "the panel has no active member with a login who could review");
    }
    return round;
  }

  /** The caller's place among the eligible reviewers, if they have one. */
  public Optional<EligibleReviewer> reviewer(String subject) {
    return eligible.stream().filter(r -> subject.equals(r.keycloakUserId())).findFirst();
  }

  public ReviewQuorum.Progress progress(ReviewQuorum quorum, Collection<Review> reviews) {
    return quorum.evaluate(
        eligible.stream().map(EligibleReviewer::pillar).toList(),
        reviews.stream().map(Review::pillar).toList());
  }

  /**
   * Closes the round for good.
   *
   * @throws QuorumNotMetException naming what is missing
   */
  public void close(ReviewQuorum quorum, Collection<Review> reviews, String by, Instant now) {
    requireOpen();
    ReviewQuorum.Progress progress = progress(quorum, reviews);
    if (!progress.met()) {
      throw new QuorumNotMetException(progress);
    }
    status = ReviewRoundStatus.CLOSED;
    closedAt = now;
    closedBy = by;
  }

  void requireOpen() {
    if (status != ReviewRoundStatus.OPEN) {
      throw new ReviewRuleException(
          "review-round-closed", "Review round closed", "review round " + id + " is closed");
    }
  }

  /**
   * The rule of the lifecycle's last step: an initiative whose panel opened a review round
   * concludes only once its latest round is closed. Without any round it concludes as before.
   */
  public static void requireConcludable(Optional<ReviewRound> latest) {
    latest
        .filter(round -> round.status == ReviewRoundStatus.OPEN)
        .ifPresent(
            round -> {
              throw new ReviewRuleException(
                  "review-round-open",
                  "Review round still open",
                  "close review round " + round.id + " before concluding");
            });
  }

  public boolean isOpen() {
    return status == ReviewRoundStatus.OPEN;
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID initiativeId() {
    return initiativeId;
  }

  public UUID panelId() {
    return panelId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public ReviewRoundStatus status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }

  public Instant closesAt() {
    return closesAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<EligibleReviewer> eligible() {
    return Collections.unmodifiableList(eligible);
  }

  @Override
  public long version() {
    return version;
  }
}
