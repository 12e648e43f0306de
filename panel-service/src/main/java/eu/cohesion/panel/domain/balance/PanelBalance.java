package eu.cohesion.panel.domain.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A panel's current assessment, kept so that lists show scores without recomputing and a
 * recomputation can tell whether anything anyone would notice changed.
 */
@Entity
@Table(name = "panel_balance")
public class PanelBalance {

  @Id
  @Column(name = "panel_id")
  private UUID panelId;

  @Column(nullable = false)
  private int score;

  @Column(name = "rules_version", nullable = false)
  private int rulesVersion;

  /** The whole {@link BalanceAssessment} as JSON, counts per population group included. */
  @Column(nullable = false)
  private String assessment;

  @Column(name = "assessed_at", nullable = false)
  private Instant assessedAt;

  protected PanelBalance() {}

  public static PanelBalance of(UUID panelId) {
    PanelBalance balance = new PanelBalance();
    balance.panelId = panelId;
    return balance;
  }

  public void record(int score, int rulesVersion, String assessmentJson, Instant at) {
    this.score = score;
    this.rulesVersion = rulesVersion;
    this.assessment = assessmentJson;
    this.assessedAt = at;
  }

  public UUID panelId() {
    return panelId;
  }

  public int score() {
    return score;
  }

  public int rulesVersion() {
    return rulesVersion;
  }

  public String assessment() {
    return assessment;
  }

  public Instant assessedAt() {
    return assessedAt;
  }
}
