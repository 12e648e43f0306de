package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quorum: more than half of the active members present. */
class QuorumTest {

  @ParameterizedTest(name = "{1} of {0} present → required {2}, met {3}")
  @CsvSource({
    "12, 7, 7, true",
    "12, 6, 7, false",
    "13, 7, 7, true",
    "13, 6, 7, false",
    "1, 1, 1, true",
    "1, 0, 1, false",
    "2, 1, 2, false",
    "2, 2, 2, true",
    "25, 13, 13, true",
    "25, 25, 13, true"
  })
  void moreThanHalfOfTheActiveMembers(int eligible, int present, int required, boolean met) {
    Quorum quorum = Quorum.of(eligible, present);
    assertEquals(required, quorum.required());
    assertEquals(met, quorum.met());
    assertEquals(eligible, quorum.eligible());
    assertEquals(present, quorum.present());
  }

  @Test
  void aPanelWithoutMembersHasNoQuorum() {
    assertFalse(Quorum.of(0, 0).met());
  }

  @Test
  void everyCountUpToTheWholePanelIsDecidedByExactlyHalfPlusOne() {
    for (int eligible = 1; eligible <= 60; eligible++) {
      for (int present = 0; present <= eligible; present++) {
        boolean expected = 2 * present > eligible;
        assertEquals(expected, Quorum.of(eligible, present).met(), eligible + "/" + present);
      }
    }
  }

  @Test
  void impossibleCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Quorum.of(3, 4));
    assertThrows(IllegalArgumentException.class, () -> Quorum.of(-1, 0));
    assertTrue(Quorum.of(3, 3).met());
  }
}
