package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelMemberTest {

  private static final UUID PANEL = UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void populationGroupsNeedRecordedConsent() {
    ConsentRequiredException refused =
        assertThrows(
            ConsentRequiredException.class,
            () ->
                PanelMember.join(
                    PANEL,
                    "Ann",
                    StakeholderCategory.CITIZEN,
                    null,
                    null,
                    List.of(PopulationGroup.EXPAT),
                    null,
                    NOW));
    assertEquals(422, refused.status());
    assertEquals("consent-required", refused.slug());
  }

  @Test
  void withConsentTheGroupsAreKeptOnceEach() {
    PanelMember member =
        PanelMember.join(
            PANEL,
            "  Ann   Lee ",
            StakeholderCategory.EXPERT,
            null,
            "  ",
            List.of(PopulationGroup.EXPAT, PopulationGroup.NATIVE, PopulationGroup.EXPAT),
            "consent-v1",
            NOW);
    assertEquals("Ann Lee", member.displayName());
    assertNull(member.organisation());
    assertEquals(
        EnumSet.of(PopulationGroup.NATIVE, PopulationGroup.EXPAT), member.populationGroups());
    assertEquals(NOW, member.consentRecordedAt());
    assertEquals(NOW, member.joinedAt());
  }

  @Test
  void withoutGroupsConsentIsNotNeeded() {
    PanelMember member =
        PanelMember.join(PANEL, "Ann", StakeholderCategory.OFFICIAL, null, null, null, null, NOW);
    assertEquals(Set.of(), member.populationGroups());
    assertNull(member.consentRecordedAt());
  }

  @Test
  void namesAreRequiredAndBounded() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PanelMember.join(PANEL, " ", StakeholderCategory.CITIZEN, null, null, null, null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PanelMember.join(
                PANEL, "n".repeat(201), StakeholderCategory.CITIZEN, null, null, null, null, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PanelMember.join(
                PANEL, "Ann", StakeholderCategory.CITIZEN, null, "o".repeat(201), null, null, NOW));
  }

  @ParameterizedTest
  @CsvSource({
    "CITIZEN, CITIZENS",
    "CITIZENS_ORGANISATION, CITIZENS",
    "NON_PROFIT_ORGANISATION, CIVIL_SOCIETY",
    "CIVIL_SOCIETY_ORGANISATION, CIVIL_SOCIETY",
    "EXPERT, EXPERTISE",
    "OFFICIAL, PUBLIC_AUTHORITY",
    "LOCAL_AUTHORITY, PUBLIC_AUTHORITY"
  })
  void eachCategoryBelongsToItsPillar(StakeholderCategory category, Pillar pillar) {
    assertEquals(pillar, category.pillar());
  }

  @Test
  void theCompositionCountsPerPillarAndNamesNoOne() {
    PanelComposition composition =
        PanelComposition.of(
            Map.of(
                StakeholderCategory.CITIZEN, 2L,
                StakeholderCategory.CITIZENS_ORGANISATION, 1L,
                StakeholderCategory.LOCAL_AUTHORITY, 1L));
    assertEquals(4, composition.members());
    assertEquals(3, composition.count(Pillar.CITIZENS));
    assertEquals(0, composition.count(Pillar.CIVIL_SOCIETY));
    assertEquals(0, composition.count(Pillar.EXPERTISE));
    assertEquals(1, composition.count(Pillar.PUBLIC_AUTHORITY));
    assertEquals(0, PanelComposition.EMPTY.members());
    assertEquals(4, PanelComposition.EMPTY.byPillar().size());
  }
}
