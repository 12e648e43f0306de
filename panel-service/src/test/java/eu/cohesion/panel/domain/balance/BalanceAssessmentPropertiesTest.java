package eu.cohesion.panel.domain.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scoring rules as properties over random panels, rules and baselines. */
class BalanceAssessmentPropertiesTest {

  @Property
  void theScoreLiesBetween0And100(
      @ForAll("seats") List<Seat> seats,
      @ForAll("rules") BalanceRules rules,
      @ForAll("baselines") TownBaseline baseline) {
    int score = BalanceAssessment.of(seats, rules, baseline).score();
    assertTrue(score >= 0 && score <= 100, "score " + score);
  }

  @Property
  void aPanelScores100ExactlyWhenItHasNoGap(
      @ForAll("seats") List<Seat> seats,
      @ForAll("rules") BalanceRules rules,
      @ForAll("baselines") TownBaseline baseline) {
    BalanceAssessment assessment = BalanceAssessment.of(seats, rules, baseline);
    assertEquals(assessment.gaps().isEmpty(), assessment.score() == 100, assessment.toString());
  }

  @Property
  void theOrderOfTheSeatsDoesNotMatter(
      @ForAll("seats") List<Seat> seats,
      @ForAll("rules") BalanceRules rules,
      @ForAll("baselines") TownBaseline baseline,
      @ForAll long shuffle) {
    List<Seat> shuffled = new ArrayList<>(seats);
    Collections.shuffle(shuffled, new Random(shuffle));
    assertEquals(
        BalanceAssessment.of(seats, rules, baseline),
        BalanceAssessment.of(shuffled, rules, baseline));
  }

  @Property
  void everySuggestedChangeClosesItsGapAndOneSeatLessDoesNot(
      @ForAll("seats") List<Seat> seats,
      @ForAll("rules") BalanceRules rules,
      @ForAll("baselines") TownBaseline baseline) {
    BalanceAssessment assessment = BalanceAssessment.of(seats, rules, baseline);
    for (BalanceGap gap : assessment.gaps()) {
      assertFalse(gap.changes().isEmpty(), "a gap without a way to close it: " + gap);
      for (BalanceChange change : gap.changes()) {
        assertTrue(change.count() >= 1, change.toString());
        List<Seat> changed = apply(seats, change, change.count());
        assertFalse(
            hasGap(BalanceAssessment.of(changed, rules, baseline), gap), change + " leaves " + gap);
        if (change.count() > 1) {
          List<Seat> lessChanged = apply(seats, change, change.count() - 1);
          assertTrue(
              hasGap(BalanceAssessment.of(lessChanged, rules, baseline), gap),
              "one seat less than " + change + " already closes " + gap);
        }
      }
    }
  }

  @Property
  void addingAMemberOfAPillarBelowItsMinimumRaisesThatPillarsFulfilment(
      @ForAll("seats") List<Seat> seats, @ForAll("rules") BalanceRules rules) {
    BalanceAssessment before = BalanceAssessment.of(seats, rules, TownBaseline.NONE);
    for (BalanceGap gap : before.gaps()) {
      if (gap.kind() != GapKind.PILLAR_BELOW_MINIMUM) {
        continue;
      }
      List<Seat> more = new ArrayList<>(seats);
      more.add(Seat.of(gap.pillar()));
      BalanceAssessment after = BalanceAssessment.of(more, rules, TownBaseline.NONE);
      assertEquals(gap.count() + 1, after.pillarCounts().get(gap.pillar()));
      after.gaps().stream()
          .filter(g -> g.kind() == GapKind.PILLAR_BELOW_MINIMUM && g.pillar() == gap.pillar())
          .forEach(g -> assertTrue(g.sharePercent().compareTo(gap.sharePercent()) > 0, g + ""));
    }
  }

  @Property
  void addingAVoiceForAnUnvoicedGroupClosesThatGapAndNeverLowersTheScoreWithoutOtherRules(
      @ForAll("seats") List<Seat> seats, @ForAll PopulationGroup group) {
    // Only the voice rule and pillar bounds that cannot be missed: the voice is all that counts.
    BalanceRules voiceOnly = new BalanceRules(0, 100, true, null, null);
    BalanceAssessment before = BalanceAssessment.of(seats, voiceOnly, TownBaseline.NONE);
    List<Seat> more = new ArrayList<>(seats);
    more.add(Seat.of(Pillar.CITIZENS, group));
    BalanceAssessment after = BalanceAssessment.of(more, voiceOnly, TownBaseline.NONE);
    assertTrue(after.score() >= before.score());
    assertFalse(
        after.gaps().stream()
            .anyMatch(g -> g.kind() == GapKind.GROUP_WITHOUT_VOICE && g.group() == group));
  }

  @Property
  void theCountsAreTheSeats(
      @ForAll("seats") List<Seat> seats, @ForAll("rules") BalanceRules rules) {
    BalanceAssessment assessment = BalanceAssessment.of(seats, rules, TownBaseline.NONE);
    assertEquals(seats.size(), assessment.seats());
    assertEquals(seats.size(), assessment.pillarCounts().values().stream().mapToInt(i -> i).sum());
    for (PopulationGroup group : PopulationGroup.values()) {
      assertEquals(
          seats.stream().filter(s -> s.groups().contains(group)).count(),
          (long) assessment.groupCounts().get(group));
    }
  }

  private static boolean hasGap(BalanceAssessment assessment, BalanceGap gap) {
    return assessment.gaps().stream()
        .anyMatch(
            g -> g.kind() == gap.kind() && g.pillar() == gap.pillar() && g.group() == gap.group());
  }

  /** The seats after {@code count} seats of the change's kind were added or given up. */
  private static List<Seat> apply(List<Seat> seats, BalanceChange change, int count) {
    List<Seat> result = new ArrayList<>(seats);
    for (int i = 0; i < count; i++) {
      switch (change.kind()) {
        case ADD_MEMBERS -> result.add(Seat.of(Pillar.EXPERTISE));
        case ADD_PILLAR_MEMBERS -> result.add(Seat.of(change.pillar()));
        case ADD_OTHER_PILLAR_MEMBERS -> result.add(Seat.of(other(change.pillar())));
        case REMOVE_PILLAR_MEMBERS -> removeFirst(result, s -> s.pillar() == change.pillar());
        case REMOVE_OTHER_PILLAR_MEMBERS -> removeFirst(result, s -> s.pillar() != change.pillar());
        case ADD_GROUP_MEMBERS -> result.add(Seat.of(Pillar.CITIZENS, change.group()));
        case ADD_MEMBERS_OUTSIDE_GROUP -> result.add(Seat.of(Pillar.CITIZENS));
        case REMOVE_GROUP_MEMBERS -> removeFirst(result, s -> s.groups().contains(change.group()));
      }
    }
    return result;
  }

  private static void removeFirst(List<Seat> seats, java.util.function.Predicate<Seat> which) {
    for (int i = 0; i < seats.size(); i++) {
      if (which.test(seats.get(i))) {
        seats.remove(i);
        return;
      }
    }
    throw new AssertionError("no seat to give up");
  }

  private static Pillar other(Pillar pillar) {
    return Pillar.values()[(pillar.ordinal() + 1) % Pillar.values().length];
  }

  @Provide
  Arbitrary<List<Seat>> seats() {
    Arbitrary<Set<PopulationGroup>> groups =
        Arbitraries.of(PopulationGroup.class).set().ofMaxSize(4).map(s -> (Set<PopulationGroup>) s);
    Arbitrary<Seat> seat = Combinators.combine(Arbitraries.of(Pillar.class), groups).as(Seat::new);
    return seat.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<BalanceRules> rules() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 25),
            Arbitraries.integers().between(25, 100),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 100).injectNull(0.4),
            Arbitraries.integers().between(1, 80).injectNull(0.4))
        .as(BalanceRules::new);
  }

  @Provide
  Arbitrary<TownBaseline> baselines() {
    Arbitrary<BigDecimal> share =
        Arbitraries.integers().between(0, 1000).map(t -> BigDecimal.valueOf(t, 1)).injectNull(0.2);
    return share
        .list()
        .ofSize(PopulationGroup.values().length)
        .map(
            values -> {
              Map<PopulationGroup, BigDecimal> shares = new EnumMap<>(PopulationGroup.class);
              for (PopulationGroup group : PopulationGroup.values()) {
                shares.put(group, values.get(group.ordinal()));
              }
              boolean any = shares.values().stream().anyMatch(v -> v != null);
              return new TownBaseline(shares, any ? "Statistics office" : null, any ? 2024 : null);
            });
  }
}
