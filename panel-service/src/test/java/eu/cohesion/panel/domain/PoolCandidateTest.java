package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PoolCandidateTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static PoolCandidate.Details details(Map<String, String> features, String consent) {
    return new PoolCandidate.Details(
        "x1",
        "Ann  Peeters",
        "ann@example.org",
        "+32 15 12 34 56",
        Map.of("postcode", "2800"),
        features,
        consent);
  }

  @Test
  void aPopulationGroupNeedsConsentWhichIsRecordedWithItsTextVersion() {
    Map<String, String> withGroup = Map.of("category", "CITIZEN", "population_group", "EXPAT");
    assertThrows(
        ConsentRequiredException.class,
        () -> PoolCandidate.enter(UUID.randomUUID(), details(withGroup, null), NOW));
    PoolCandidate c =
        PoolCandidate.enter(UUID.randomUUID(), details(withGroup, "consent-2026-01"), NOW);
    assertEquals(NOW, c.consentRecordedAt());
    assertEquals("consent-2026-01", c.consentTextVersion());
    assertEquals("Ann Peeters", c.displayName());
  }

  @Test
  void theCategoryIsRequiredAndMustBeAStakeholderCategory() {
    assertThrows(
        PoolRuleException.class,
        () -> PoolCandidate.enter(UUID.randomUUID(), details(Map.of("gender", "f"), null), NOW));
    assertThrows(
        PoolRuleException.class,
        () ->
            PoolCandidate.enter(
                UUID.randomUUID(), details(Map.of("category", "MAYOR"), null), NOW));
  }

  @Test
  void formulaLikeValuesAreRefused() {
    for (String formula : List.of("=1+1", "+cmd", "-2", "@SUM(A1)")) {
      assertThrows(
          PoolRuleException.class,
          () ->
              PoolCandidate.enter(
                  UUID.randomUUID(),
                  details(Map.of("category", "CITIZEN", "gender", formula), null),
                  NOW),
          formula);
    }
  }

  @Test
  void householdsComeFromTheAddressColumnsNormalised() {
    PoolCandidate c =
        PoolCandidate.enter(
            UUID.randomUUID(),
            new PoolCandidate.Details(
                null,
                "B",
                null,
                null,
                Map.of("address1", " Rue  Haute 5 ", "postcode", "1000"),
                Map.of("category", "EXPERT"),
                null),
            NOW);
    assertEquals("rue haute 5\u001f1000", c.household(List.of("address1", "postcode")));
    assertNull(c.household(List.of()));
  }

  @Test
  void erasureKeepsIdAndCategoryOnly() {
    PoolCandidate c =
        PoolCandidate.enter(
            UUID.randomUUID(),
            details(
                Map.of("category", "CITIZEN", "population_group", "EXPAT", "gender", "f"), "v1"),
            NOW);
    UUID id = c.id();
    c.erase(NOW);
    assertEquals(id, c.id());
    assertEquals(PoolCandidate.ERASED_NAME, c.displayName());
    assertNull(c.email());
    assertNull(c.phone());
    assertEquals(Map.of(), c.address());
    assertEquals(Map.of("category", "CITIZEN"), c.features());
    assertNull(c.consentRecordedAt());
    assertNotNull(c.erasedAt());
  }
}
