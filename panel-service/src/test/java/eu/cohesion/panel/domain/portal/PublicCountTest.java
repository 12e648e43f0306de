package eu.cohesion.panel.domain.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cohesion.panel.domain.Pillar;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.balance.BalanceAssessment;
import eu.cohesion.panel.domain.balance.BalanceRules;
import eu.cohesion.panel.domain.balance.Seat;
import eu.cohesion.panel.domain.balance.TownBaseline;
import eu.cohesion.panel.domain.portal.TownComposition.BalanceState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PublicCountTest {

  @Property
  void aCountIsShownFromFiveOnAndOtherwiseWithheld(@ForAll @IntRange(min = 0, max = 500) int n) {
    PublicCount count = PublicCount.of(n);
    assertEquals(n < 5, count.suppressed());
    assertEquals(n < 5 ? null : n, count.count());
  }

  @Test
  void aNegativeCountIsABug() {
    assertThrows(IllegalArgumentException.class, () -> PublicCount.of(-1));
  }

  @Test
  void aTownsCompositionWithholdsSmallPillarsAndKeepsTheBalanceOutcome() {
    List<Seat> seats = new ArrayList<>();
    add(seats, 6, Pillar.CITIZENS);
    add(seats, 4, Pillar.CIVIL_SOCIETY);
    add(seats, 3, Pillar.EXPERTISE);
    add(seats, 0, Pillar.PUBLIC_AUTHORITY);
    BalanceAssessment assessment =
        BalanceAssessment.of(seats, BalanceRules.DEFAULT, TownBaseline.NONE);

    TownComposition town = TownComposition.of(assessment);

    assertEquals(13, town.seats().count());
    assertEquals(6, town.pillars().get(Pillar.CITIZENS).count());
    assertEquals(null, town.pillars().get(Pillar.CIVIL_SOCIETY).count());
    assertEquals(true, town.pillars().get(Pillar.EXPERTISE).suppressed());
    assertEquals(true, town.pillars().get(Pillar.PUBLIC_AUTHORITY).suppressed());
    assertEquals(assessment.score(), town.score());
    assertEquals(BalanceState.GAPS, town.state());
    assertEquals(assessment.gaps().size(), town.gaps());
  }

  private static void add(List<Seat> seats, int n, Pillar pillar) {
    for (int i = 0; i < n; i++) {
      seats.add(new Seat(pillar, Set.of(PopulationGroup.NATIVE)));
    }
  }
}
