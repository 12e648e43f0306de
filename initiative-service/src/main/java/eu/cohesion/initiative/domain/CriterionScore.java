package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A reviewer's score 1–5 on one criterion and why. The reason is {@code null} only once its author
 * was erased: free text may identify them, the score does not.
 */
@Embeddable
public class CriterionScore {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Criterion criterion;

  @Column(nullable = false)
  private int score;

  private String reason;

  protected CriterionScore() {}

  public CriterionScore(Criterion criterion, int score, String reason) {
    this.criterion = criterion;
    this.score = ReviewResults.checkScore(score);
    this.reason = InitiativeRules.reviewReason(reason);
  }

  public Criterion criterion() {
    return criterion;
  }

  public int score() {
    return score;
  }

  public String reason() {
    return reason;
  }
}
