package eu.cohesion.panel.domain.balance;

import static eu.cohesion.panel.domain.Pillar.CITIZENS;
import static eu.cohesion.panel.domain.Pillar.CIVIL_SOCIETY;
import static eu.cohesion.panel.domain.Pillar.EXPERTISE;
import static eu.cohesion.panel.domain.Pillar.PUBLIC_AUTHORITY;
import static eu.cohesion.panel.domain.PopulationGroup.EXPAT;
import static eu.cohesion.panel.domain.PopulationGroup.NATIVE;
import static eu.cohesion.panel.domain.PopulationGroup.NEWLY_ARRIVED_MIGRANT;
import static eu.cohesion.panel.domain.PopulationGroup.PRECARIOUS_OR_VULNERABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples the issue names, figure by figure. */
class BalanceAssessmentTest {

  @Test
  void publicAuthorityAboveTheCapAndAnUnvoicedGroup() {
    // 25 seats: 12 public authority (48 %), 5 citizens, 4 civil society, 4 expertise.
    List<Seat> seats = new ArrayList<>();
    add(seats, 12, PUBLIC_AUTHORITY, NATIVE);
    add(seats, 5, CITIZENS, EXPAT);
    add(seats, 4, CIVIL_SOCIETY, PRECARIOUS_OR_VULNERABLE);
    add(seats, 4, EXPERTISE);

    BalanceAssessment assessment =
        BalanceAssessment.of(seats, BalanceRules.DEFAULT, TownBaseline.NONE);

    assertEquals(
        List.of(
            new BalanceGap(
                GapKind.PILLAR_ABOVE_MAXIMUM,
                PUBLIC_AUTHORITY,
                null,
                12,
                25,
                new BigDecimal("48.0"),
                new BigDecimal("40.0"),
                List.of(
                    new BalanceChange(ChangeKind.REMOVE_PILLAR_MEMBERS, PUBLIC_AUTHORITY, null, 4),
                    new BalanceChange(
                        ChangeKind.ADD_OTHER_PILLAR_MEMBERS, PUBLIC_AUTHORITY, null, 5))),
            new BalanceGap(
                GapKind.GROUP_WITHOUT_VOICE,
                null,
                NEWLY_ARRIVED_MIGRANT,
                0,
                25,
                new BigDecimal("0.0"),
                new BigDecimal("1.0"),
                List.of(
                    new BalanceChange(
                        ChangeKind.ADD_GROUP_MEMBERS, null, NEWLY_ARRIVED_MIGRANT, 1)))),
        assessment.gaps());
    // Criteria: 4 pillars (PA: (1 − .48)/(1 − .40) = 0.8667), 4 groups (one 0): 6.8667 / 8.
    assertEquals(85, assessment.score());
  }

  @Test
  void aPillarBelowItsMinimumCanRiseOrTheOthersShrink() {
    List<Seat> seats = new ArrayList<>();
    add(seats, 1, CIVIL_SOCIETY);
    add(seats, 4, CITIZENS);
    add(seats, 3, EXPERTISE);
    add(seats, 3, PUBLIC_AUTHORITY);
    BalanceRules pillarsOnly = new BalanceRules(15, 40, false, null, null);

    BalanceGap gap = BalanceAssessment.of(seats, pillarsOnly, TownBaseline.NONE).gaps().get(0);

    // 1 of 11 = 9.1 %: 2 of 12 = 16.7 % closes it; 1 of 6 = 16.7 % too (5 fewer others).
    assertEquals(GapKind.PILLAR_BELOW_MINIMUM, gap.kind());
    assertEquals(new BigDecimal("9.1"), gap.sharePercent());
    assertEquals(
        List.of(
            new BalanceChange(ChangeKind.ADD_PILLAR_MEMBERS, CIVIL_SOCIETY, null, 1),
            new BalanceChange(ChangeKind.REMOVE_OTHER_PILLAR_MEMBERS, CIVIL_SOCIETY, null, 5)),
        gap.changes());
  }

  @Test
  void theBaselineToleranceComparesGroupSharesWithTheTown() {
    List<Seat> seats = new ArrayList<>();
    for (Pillar pillar : Pillar.values()) {
      add(seats, 5, pillar, NATIVE);
    }
    seats.set(0, Seat.of(CITIZENS, EXPAT));
    BalanceRules rules = new BalanceRules(15, 40, false, 5, null);
    TownBaseline baseline =
        new TownBaseline(
            Map.of(EXPAT, new BigDecimal("14.0"), NATIVE, new BigDecimal("80.0")),
            "Town statistics office",
            2024);

    List<BalanceGap> gaps = BalanceAssessment.of(seats, rules, baseline).gaps();

    // Expats 1 of 20 = 5 %, band 9–19 %: 1 more (2 of 21 = 9.5 %); natives 19 of 20 = 95 %, band
    // 75–85 %.
    assertEquals(GapKind.GROUP_BELOW_BASELINE, gaps.get(1).kind());
    assertEquals(
        List.of(new BalanceChange(ChangeKind.ADD_GROUP_MEMBERS, null, EXPAT, 1)),
        gaps.get(1).changes());
    assertEquals(GapKind.GROUP_ABOVE_BASELINE, gaps.get(0).kind());
    assertEquals(NATIVE, gaps.get(0).group());
    assertEquals(new BigDecimal("85.0"), gaps.get(0).limit());
  }

  @Test
  void anEmptyPanelScoresZeroUnderTheDefaults() {
    BalanceAssessment assessment =
        BalanceAssessment.of(List.of(), BalanceRules.DEFAULT, TownBaseline.NONE);
    assertEquals(0, assessment.score());
    assertEquals(8, assessment.gaps().size());
  }

  @Test
  void rulesRefuseImpossibleBounds() {
    assertThrows(IllegalArgumentException.class, () -> new BalanceRules(30, 40, true, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BalanceRules(15, 20, true, null, null));
    assertThrows(IllegalArgumentException.class, () -> new BalanceRules(15, 40, true, 0, null));
    assertThrows(IllegalArgumentException.class, () -> new BalanceRules(15, 40, true, null, 0));
  }

  @Test
  void aBaselineNeedsSharesWithinRangeAndItsSource() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new TownBaseline(Map.of(EXPAT, new BigDecimal("100.1")), "Office", 2024));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TownBaseline(Map.of(EXPAT, new BigDecimal("12.25")), "Office", 2024));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TownBaseline(Map.of(EXPAT, new BigDecimal("12")), null, 2024));
  }

  private static void add(List<Seat> seats, int count, Pillar pillar, PopulationGroup... groups) {
    for (int i = 0; i < count; i++) {
      seats.add(Seat.of(pillar, groups));
    }
  }
}
