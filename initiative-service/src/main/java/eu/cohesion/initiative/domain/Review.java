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
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One eligible member's scores of an initiative in a review round; one per member and round. */
@Entity
@Table(name = "review")
public class Review implements Aggregate {

  @Id private UUID id;

  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Column(name = "city_code", nullable = false, updatable = false)
  private String cityCode;

  /** {@code null} once the reviewer was erased; the scores stay. */
  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "keycloak_user_id")
  private String keycloakUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Pillar pillar;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
  private List<CriterionScore> scores = new ArrayList<>();

  @Version private long version;

  protected Review() {}

  /**
   * @throws ReviewRuleException if the round is closed or a criterion is missing
   */
  public static Review submit(
      ReviewRound round, EligibleReviewer reviewer, List<CriterionScore> scores, Instant now) {
    round.requireOpen();
    Review review = new Review();
    review.id = UUID.randomUUID();
    review.roundId = round.id();
    review.cityCode = round.cityCode();
    review.memberId = reviewer.memberId();
    review.keycloakUserId = reviewer.keycloakUserId();
    review.pillar = reviewer.pillar();
    review.submittedAt = now;
    review.updatedAt = now;
    review.scores.addAll(complete(scores));
    return review;
  }

  /** Replaces every score and reason while the round is open. */
  public void revise(ReviewRound round, List<CriterionScore> newScores, Instant now) {
    round.requireOpen();
    List<CriterionScore> complete = complete(newScores);
    scores.clear();
    scores.addAll(complete);
    updatedAt = now;
  }

  private static List<CriterionScore> complete(List<CriterionScore> scores) {
    Set<Criterion> seen = EnumSet.noneOf(Criterion.class);
    for (CriterionScore score : scores) {
      if (!seen.add(score.criterion())) {
        throw new IllegalArgumentException("criterion " + score.criterion() + " scored twice");
      }
    }
    if (seen.size() != Criterion.values().length) {
      throw new IllegalArgumentException("a review scores every criterion");
    }
    return scores.stream().sorted((a, b) -> a.criterion().compareTo(b.criterion())).toList();
  }

  public ReviewResults.Sheet sheet() {
    Map<Criterion, Integer> byCriterion = new EnumMap<>(Criterion.class);
    scores.forEach(s -> byCriterion.put(s.criterion(), s.score()));
    return new ReviewResults.Sheet(pillar, byCriterion);
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID roundId() {
    return roundId;
  }

  @Override
  public String cityCode() {
    return cityCode;
  }

  public UUID memberId() {
    return memberId;
  }

  public String keycloakUserId() {
    return keycloakUserId;
  }

  public Pillar pillar() {
    return pillar;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<CriterionScore> scores() {
    return Collections.unmodifiableList(scores);
  }

  @Override
  public long version() {
    return version;
  }
}
