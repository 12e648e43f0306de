package eu.cohesion.panel.domain.balance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of the network's balance rules. Rows are never changed: a change of the rules is a
 * new row with the next version, so every assessment can name the rules it applied.
 */
@Entity
@Table(name = "balance_rules")
public class BalanceRulesVersion {

  @Id private int version;

  @Column(name = "pillar_min_percent", nullable = false, updatable = false)
  private int pillarMinPercent;

  @Column(name = "pillar_max_percent", nullable = false, updatable = false)
  private int pillarMaxPercent;

  @Column(name = "every_group_voiced", nullable = false, updatable = false)
  private boolean everyGroupVoiced;

  @Column(name = "baseline_tolerance_percent", updatable = false)
  private Integer baselineTolerancePercent;

  @Column(name = "minimum_members", updatable = false)
  private Integer minimumMembers;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  /** Subject of the admin's token: kept for audit, never shown to the public. */
  @Column(name = "changed_by", nullable = false, updatable = false)
  private String changedBy;

  protected BalanceRulesVersion() {}

  /** The version after {@code previous}, holding {@code rules}. */
  public static BalanceRulesVersion next(
      BalanceRulesVersion previous, BalanceRules rules, String changedBy, Instant changedAt) {
    BalanceRulesVersion next = new BalanceRulesVersion();
    next.version = previous.version + 1;
    next.pillarMinPercent = rules.pillarMinPercent();
    next.pillarMaxPercent = rules.pillarMaxPercent();
    next.everyGroupVoiced = rules.everyGroupVoiced();
    next.baselineTolerancePercent = rules.baselineTolerancePercent();
    next.minimumMembers = rules.minimumMembers();
    next.changedBy = changedBy;
    next.changedAt = changedAt;
    return next;
  }

  public int version() {
    return version;
  }

  public BalanceRules rules() {
    return new BalanceRules(
        pillarMinPercent,
        pillarMaxPercent,
        everyGroupVoiced,
        baselineTolerancePercent,
        minimumMembers);
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String changedBy() {
    return changedBy;
  }
}
