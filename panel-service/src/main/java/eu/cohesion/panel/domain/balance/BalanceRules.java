package eu.cohesion.panel.domain.balance;

/**
 * What a well-balanced panel is, as the network admin tunes it. Network-wide: every town's panels
 * are measured against the same rules, so that their scores compare.
 *
 * @param pillarMinPercent each pillar holds at least this share of the active seats (0–25: four
 *     pillars cannot all hold more than a quarter)
 * @param pillarMaxPercent and at most this share (25–100)
 * @param everyGroupVoiced every population group has at least one consenting member
 * @param baselineTolerancePercent when set (1–100), each group's share of the seats lies within
 *     this many percentage points of the town's baseline; {@code null} switches the rule off
 * @param minimumMembers when set (1–500), the panel has at least this many active seats
 */
public record BalanceRules(
    int pillarMinPercent,
    int pillarMaxPercent,
    boolean everyGroupVoiced,
    Integer baselineTolerancePercent,
    Integer minimumMembers) {

  public static final int MAX_MINIMUM_MEMBERS = 500;

  /** The network's defaults: 15–40 % per pillar, every group voiced, nothing optional. */
  public static final BalanceRules DEFAULT = new BalanceRules(15, 40, true, null, null);

  public BalanceRules {
    if (pillarMinPercent < 0 || pillarMinPercent > 25) {
      throw new IllegalArgumentException("a pillar's minimum share lies between 0 and 25 %");
    }
    if (pillarMaxPercent < 25 || pillarMaxPercent > 100) {
      throw new IllegalArgumentException("a pillar's maximum share lies between 25 and 100 %");
    }
    if (baselineTolerancePercent != null
        && (baselineTolerancePercent < 1 || baselineTolerancePercent > 100)) {
      throw new IllegalArgumentException("the baseline tolerance lies between 1 and 100 points");
    }
    if (minimumMembers != null && (minimumMembers < 1 || minimumMembers > MAX_MINIMUM_MEMBERS)) {
      throw new IllegalArgumentException(
          "the minimum panel size lies between 1 and " + MAX_MINIMUM_MEMBERS);
    }
  }
}
