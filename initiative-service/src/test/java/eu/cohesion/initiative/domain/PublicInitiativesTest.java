package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicInitiativesTest {

  @ParameterizedTest(name = "{0}: counted {1}, active {2}")
  @CsvSource({
    "DRAFT, false, false",
    "PROPOSED, true, false",
    "APPROVED, true, true",
    "PILOTING, true, true",
    "UNDER_REVIEW, true, true",
    "CONCLUDED, true, false",
    "WITHDRAWN, true, false"
  })
  void aDraftIsNeverCountedAndOnlyRunningInitiativesAreActive(
      InitiativeStatus status, boolean counted, boolean active) {
    assertEquals(counted, PublicInitiatives.counted(status));
    assertEquals(counted, PublicInitiatives.COUNTED.contains(status));
    assertEquals(active, PublicInitiatives.active(status));
  }
}
