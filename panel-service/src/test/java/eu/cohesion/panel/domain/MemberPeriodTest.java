package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A membership period: edits while it lasts, leaving, consent and its withdrawal, erasure. */
class MemberPeriodTest {

  private static final UUID PANEL = UUID.randomUUID();
  private static final Instant JOINED = Instant.parse("2026-01-10T09:00:00Z");
  private static final Instant LATER = Instant.parse("2026-06-01T09:00:00Z");

  private static PanelMember consenting() {
    return PanelMember.join(
        PANEL,
        "Mari Tamm",
        StakeholderCategory.CITIZEN,
        MemberRole.CHAIR,
        "Tartu Youth",
        List.of(PopulationGroup.NEWLY_ARRIVED_MIGRANT),
        ConsentText.CURRENT.version(),
        JOINED);
  }

  @Test
  void aNewMemberIsAnActiveMemberUnlessGivenAnotherRole() {
    PanelMember member =
        PanelMember.join(PANEL, "Ann", StakeholderCategory.EXPERT, null, null, null, null, JOINED);
    assertEquals(MemberRole.MEMBER, member.role());
    assertTrue(member.isActive());
    assertNull(member.consentTextVersion());
  }

  @Test
  void consentNamesTheCurrentTextVersionAndAnOutdatedOneIsRefused() {
    assertEquals("consent-v1", consenting().consentTextVersion());
    assertEquals(JOINED, consenting().consentRecordedAt());
    StaleConsentTextException refused =
        assertThrows(
            StaleConsentTextException.class,
            () ->
                PanelMember.join(
                    PANEL,
                    "Ann",
                    StakeholderCategory.CITIZEN,
                    null,
                    null,
                    List.of(PopulationGroup.EXPAT),
                    "consent-v0",
                    JOINED));
    assertEquals(422, refused.status());
  }

  @Test
  void theConsentTextExistsInAllElevenLanguages() {
    assertEquals(PanelRules.LANGUAGES, ConsentText.CURRENT.texts().keySet());
    ConsentText.CURRENT.texts().values().forEach(text -> assertTrue(text.length() > 100, text));
  }

  @Test
  void withdrawingConsentDeletesTheGroupsAndKeepsWhenItWasWithdrawn() {
    PanelMember member = consenting();
    assertTrue(member.withdrawConsent(LATER));
    assertEquals(Set.of(), member.populationGroups());
    assertNull(member.consentRecordedAt());
    assertNull(member.consentTextVersion());
    assertEquals(LATER, member.consentWithdrawnAt());
    assertFalse(member.withdrawConsent(LATER), "nothing left to withdraw");
  }

  @Test
  void recordingConsentAgainReplacesTheGroups() {
    PanelMember member = consenting();
    member.recordConsent(
        List.of(PopulationGroup.EXPAT, PopulationGroup.NATIVE), "consent-v1", LATER);
    assertEquals(Set.of(PopulationGroup.NATIVE, PopulationGroup.EXPAT), member.populationGroups());
    assertEquals(LATER, member.consentRecordedAt());
  }

  @Test
  void leavingEndsThePeriodWhichThenIsHistory() {
    PanelMember member = consenting();
    member.leave("  Moved to Tallinn ", LATER);
    assertFalse(member.isActive());
    assertEquals(LATER, member.leftAt());
    assertEquals("Moved to Tallinn", member.leaveReason());
    assertThrows(MemberLeftException.class, () -> member.leave(null, LATER));
    assertThrows(
        MemberLeftException.class,
        () -> member.edit("Mari", StakeholderCategory.EXPERT, MemberRole.MEMBER, null, LATER));
    assertThrows(
        MemberLeftException.class,
        () -> member.recordConsent(List.of(), ConsentText.CURRENT.version(), LATER));
    assertEquals(StakeholderCategory.CITIZEN, member.stakeholderCategory());
    assertTrue(member.withdrawConsent(LATER), "consent can be withdrawn also after leaving");
  }

  @Test
  void anEmptyLeaveReasonIsNoReason() {
    PanelMember member = consenting();
    member.leave("   ", LATER);
    assertNull(member.leaveReason());
  }

  @Test
  void erasureRemovesTheIdentityAndKeepsTheHistory() {
    PanelMember member = consenting();
    member.linkAccount(UUID.randomUUID(), JOINED);
    member.leave("Personal reasons", LATER);
    member.erase(LATER);
    assertEquals(PanelMember.ERASED_NAME, member.displayName());
    assertNull(member.organisation());
    assertNull(member.leaveReason());
    assertNull(member.keycloakUserId());
    assertEquals(Set.of(), member.populationGroups());
    assertNull(member.consentRecordedAt());
    assertEquals(StakeholderCategory.CITIZEN, member.stakeholderCategory());
    assertEquals(MemberRole.CHAIR, member.role());
    assertEquals(JOINED, member.joinedAt());
    assertEquals(LATER, member.leftAt());
    assertEquals(LATER, member.erasedAt());
  }
}
