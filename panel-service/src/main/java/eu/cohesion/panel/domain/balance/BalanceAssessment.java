package eu.cohesion.panel.domain.balance;

import static eu.cohesion.panel.domain.balance.BalanceChange.ofGroup;
import static eu.cohesion.panel.domain.balance.BalanceChange.ofPillar;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How well a panel's active seats meet the balance rules: a score 0–100, the named gaps and, for
 * each gap, the smallest changes that would close it.
 *
 * <p><b>Score.</b> Every rule in force is a set of criteria, each fulfilled to a degree f in [0,
 * 1]:
 *
 * <ul>
 *   <li>each of the four pillars (always): f = 1 when its share s lies within [min, max]; below, f
 *       = s / min; above, f = (1 − s) / (1 − max);
 *   <li>each population group, when every group must be voiced: f = 1 with at least one consenting
 *       member who speaks for it, else 0;
 *   <li>each group with a baseline figure b, when a tolerance t is set: the band is [b − t, b + t],
 *       f as for pillars with that band;
 *   <li>the minimum size m, when set: f = min(1, seats / m).
 * </ul>
 *
 * The score is ⌊100 · mean(f)⌋: 100 exactly when every criterion is met, i.e. when there is no gap,
 * and 0 for an empty panel under the default rules. Shares are taken of all active seats; a group's
 * share counts only the members who consented to record it, so the balance never guesses anybody's
 * groups. An empty panel has share 0 in every pillar and group.
 *
 * <p><b>Smallest changes.</b> Computed in exact integer arithmetic: e.g. for a pillar with c of n
 * seats below min %, the smallest k with 100 (c + k) ≥ min (n + k); each change alone closes its
 * gap and one seat fewer of the same kind does not (the property tests check both).
 */
public record BalanceAssessment(
    int score,
    int seats,
    Map<Pillar, Integer> pillarCounts,
    Map<PopulationGroup, Integer> groupCounts,
    List<BalanceGap> gaps) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public BalanceAssessment {
    pillarCounts = Collections.unmodifiableMap(new EnumMap<>(pillarCounts));
    groupCounts = Collections.unmodifiableMap(new EnumMap<>(groupCounts));
    gaps = List.copyOf(gaps);
  }

  /** Measures the seats against the rules and, for the tolerance rule, the town's baseline. */
  public static BalanceAssessment of(
      Collection<Seat> seats, BalanceRules rules, TownBaseline baseline) {
    int n = seats.size();
    EnumMap<Pillar, Integer> byPillar = new EnumMap<>(Pillar.class);
    EnumMap<PopulationGroup, Integer> byGroup = new EnumMap<>(PopulationGroup.class);
    for (Pillar pillar : Pillar.values()) {
      byPillar.put(pillar, 0);
    }
    for (PopulationGroup group : PopulationGroup.values()) {
      byGroup.put(group, 0);
    }
    for (Seat seat : seats) {
      byPillar.merge(seat.pillar(), 1, Integer::sum);
      seat.groups().forEach(group -> byGroup.merge(group, 1, Integer::sum));
    }

    List<BalanceGap> gaps = new ArrayList<>();
    List<Double> fulfilment = new ArrayList<>();

    if (rules.minimumMembers() != null) {
      int minimum = rules.minimumMembers();
      fulfilment.add(Math.min(1.0, (double) n / minimum));
      if (n < minimum) {
        gaps.add(
            new BalanceGap(
                GapKind.PANEL_TOO_SMALL,
                null,
                null,
                n,
                n,
                null,
                BigDecimal.valueOf(minimum).setScale(1),
                List.of(new BalanceChange(ChangeKind.ADD_MEMBERS, null, null, minimum - n))));
      }
    }

    // Pillar bounds in percent, so the scale of the comparisons is 100.
    for (Pillar pillar : Pillar.values()) {
      int c = byPillar.get(pillar);
      Band band = new Band(100, rules.pillarMinPercent(), rules.pillarMaxPercent());
      fulfilment.add(band.fulfilment(c, n));
      if (band.below(c, n)) {
        List<BalanceChange> changes = new ArrayList<>();
        changes.add(ofPillar(ChangeKind.ADD_PILLAR_MEMBERS, pillar, band.toRaise(c, n)));
        if (c > 0) {
          changes.add(
              ofPillar(ChangeKind.REMOVE_OTHER_PILLAR_MEMBERS, pillar, band.othersToRemove(c, n)));
        }
        gaps.add(pillarGap(GapKind.PILLAR_BELOW_MINIMUM, pillar, c, n, band.low(), changes));
      } else if (band.above(c, n)) {
        gaps.add(
            pillarGap(
                GapKind.PILLAR_ABOVE_MAXIMUM,
                pillar,
                c,
                n,
                band.high(),
                List.of(
                    ofPillar(ChangeKind.REMOVE_PILLAR_MEMBERS, pillar, band.toRemove(c, n)),
                    ofPillar(
                        ChangeKind.ADD_OTHER_PILLAR_MEMBERS, pillar, band.othersToAdd(c, n)))));
      }
    }

    if (rules.everyGroupVoiced()) {
      for (PopulationGroup group : PopulationGroup.values()) {
        int g = byGroup.get(group);
        fulfilment.add(g > 0 ? 1.0 : 0.0);
        if (g == 0) {
          gaps.add(
              new BalanceGap(
                  GapKind.GROUP_WITHOUT_VOICE,
                  null,
                  group,
                  0,
                  n,
                  share(0, n),
                  BigDecimal.ONE.setScale(1),
                  List.of(ofGroup(ChangeKind.ADD_GROUP_MEMBERS, group, 1))));
        }
      }
    }

    if (rules.baselineTolerancePercent() != null) {
      int tolerance = rules.baselineTolerancePercent() * 10;
      for (PopulationGroup group : PopulationGroup.values()) {
        Integer b = baseline.tenths(group);
        if (b == null) {
          continue;
        }
        // Baseline shares have one decimal, so these bounds are in tenths of a percent.
        Band band = new Band(1000, Math.max(0, b - tolerance), Math.min(1000, b + tolerance));
        int g = byGroup.get(group);
        fulfilment.add(band.fulfilment(g, n));
        if (band.below(g, n)) {
          gaps.add(
              groupGap(
                  GapKind.GROUP_BELOW_BASELINE,
                  group,
                  g,
                  n,
                  band,
                  band.low(),
                  List.of(ofGroup(ChangeKind.ADD_GROUP_MEMBERS, group, band.toRaise(g, n)))));
        } else if (band.above(g, n)) {
          gaps.add(
              groupGap(
                  GapKind.GROUP_ABOVE_BASELINE,
                  group,
                  g,
                  n,
                  band,
                  band.high(),
                  List.of(
                      ofGroup(ChangeKind.ADD_MEMBERS_OUTSIDE_GROUP, group, band.othersToAdd(g, n)),
                      ofGroup(ChangeKind.REMOVE_GROUP_MEMBERS, group, band.toRemove(g, n)))));
        }
      }
    }

    double mean = fulfilment.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
    int score = (int) Math.floor(100 * mean);
    // A gap is a criterion not fully met; no rounding may turn it into a perfect score.
    if (!gaps.isEmpty()) {
      score = Math.min(score, 99);
    }
    return new BalanceAssessment(Math.max(0, score), n, byPillar, byGroup, gaps);
  }

  public boolean balanced() {
    return gaps.isEmpty();
  }

  /** Same score and same gaps: nothing anyone looking at the balance would notice changed. */
  public boolean sameOutcomeAs(BalanceAssessment other) {
    return other != null && score == other.score && gaps.equals(other.gaps);
  }

  private static BalanceGap pillarGap(
      GapKind kind, Pillar pillar, int c, int n, int limitPercent, List<BalanceChange> changes) {
    return new BalanceGap(
        kind,
        pillar,
        null,
        c,
        n,
        share(c, n),
        BigDecimal.valueOf(limitPercent).setScale(1),
        changes);
  }

  private static BalanceGap groupGap(
      GapKind kind,
      PopulationGroup group,
      int g,
      int n,
      Band band,
      int limitTenths,
      List<BalanceChange> changes) {
    return new BalanceGap(
        kind,
        null,
        group,
        g,
        n,
        share(g, n),
        BigDecimal.valueOf(limitTenths, 1).setScale(1),
        changes);
  }

  /** {@code count / seats} in percent with one decimal; 0.0 for an empty panel. */
  private static BigDecimal share(int count, int seats) {
    if (seats == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(count)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(seats), 1, RoundingMode.HALF_UP);
  }

  /**
   * A share band [low, high] on a scale (100 for whole percent, 1000 for tenths): c of n seats lie
   * within it when low·n ≤ scale·c ≤ high·n. An empty panel holds share 0.
   */
  private record Band(int scale, int low, int high) {

    boolean below(int c, int n) {
      return (long) scale * c < (long) low * n || (n == 0 && low > 0);
    }

    boolean above(int c, int n) {
      return (long) scale * c > (long) high * n;
    }

    double fulfilment(int c, int n) {
      if (below(c, n)) {
        return n == 0 ? 0.0 : (double) scale * c / ((double) low * n);
      }
      if (above(c, n)) {
        return (double) scale * (n - c) / ((double) (scale - high) * n);
      }
      return 1.0;
    }

    /** Smallest k with scale·(c + k) ≥ low·(n + k): seats of this kind to add. */
    int toRaise(int c, int n) {
      return Math.max(1, ceilDiv((long) low * n - (long) scale * c, scale - low));
    }

    /** Smallest r with scale·c ≥ low·(n − r): other seats to give up (needs c > 0). */
    int othersToRemove(int c, int n) {
      return n - (int) Math.floorDiv((long) scale * c, low);
    }

    /** Smallest r with scale·(c − r) ≤ high·(n − r): seats of this kind to give up. */
    int toRemove(int c, int n) {
      return ceilDiv((long) scale * c - (long) high * n, scale - high);
    }

    /** Smallest k with scale·c ≤ high·(n + k): other seats to add. */
    int othersToAdd(int c, int n) {
      return ceilDiv((long) scale * c - (long) high * n, high);
    }

    private static int ceilDiv(long numerator, long denominator) {
      return (int) -Math.floorDiv(-numerator, denominator);
    }
  }
}
