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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session's rules: where it takes place, who may be named, when it can be held. */
class PanelSessionTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant DATE = Instant.parse("2026-03-05T17:30:00Z");
  private static final UUID ANN = UUID.randomUUID();
  private static final UUID BEN = UUID.randomUUID();
  private static final UUID CAT = UUID.randomUUID();
  private static final Set<UUID> MEMBERS = Set.of(ANN, BEN, CAT);

  private final Panel panel = Panel.create("mechelen", "LPS", null, "coordinator", NOW);

  private static PanelSession.Details at(String place, String url) {
    return new PanelSession.Details(
        DATE, place, url, List.of(" Welcome ", "Budget"), List.of(), null);
  }

  private PanelSession planned() {
    return PanelSession.plan(panel, at("Town hall", null), "coordinator", NOW);
  }

  @Test
  void aPlannedSessionHasItsAgendaInOrderAndNoQuorumYet() {
    PanelSession session = planned();
    assertEquals(SessionStatus.PLANNED, session.status());
    assertEquals(List.of("Welcome", "Budget"), session.agenda());
    assertEquals("mechelen", session.cityCode());
    assertNull(session.quorum(3));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "ftp://files.example.org/x",
        "data:text/html,hi",
        "https://",
        "meet.example.org/room",
        "https://exa mple.org"
      })
  void onlineLinksAreHttpOrHttpsWithAHost(String url) {
    SessionRuleException refused =
        assertThrows(
            SessionRuleException.class,
            () -> PanelSession.plan(panel, at(null, url), "coordinator", NOW));
    assertEquals("invalid-session", refused.slug());
  }

  @Test
  void anOnlineLinkAloneIsEnoughButNeitherPlaceNorLinkIsNot() {
    assertEquals(
        "HTTPS://meet.example.org/lps?x=1",
        PanelSession.plan(panel, at(null, "HTTPS://meet.example.org/lps?x=1"), "c", NOW)
            .onlineUrl());
    assertThrows(
        SessionRuleException.class, () -> PanelSession.plan(panel, at(" ", null), "c", NOW));
  }

  @Test
  void attendanceNamesOnlyActiveMembersAndNoOneTwice() {
    PanelSession session = planned();
    SessionRuleException stranger =
        assertThrows(
            SessionRuleException.class,
            () ->
                session.recordAttendance(List.of(ANN, UUID.randomUUID()), List.of(), MEMBERS, NOW));
    assertEquals("not-a-member", stranger.slug());
    SessionRuleException both =
        assertThrows(
            SessionRuleException.class,
            () -> session.recordAttendance(List.of(ANN), List.of(ANN), MEMBERS, NOW));
    assertEquals("attendance-conflict", both.slug());
    assertNull(session.attendanceRecordedAt(), "a refused attendance records nothing");
  }

  @Test
  void holdingNeedsAttendanceAndFixesTheQuorumOfThatDay() {
    PanelSession session = planned();
    SessionRuleException missing =
        assertThrows(SessionRuleException.class, () -> session.hold(3, NOW));
    assertEquals("attendance-missing", missing.slug());

    session.recordAttendance(List.of(ANN, BEN), List.of(CAT), MEMBERS, NOW);
    assertTrue(session.quorum(3).met());
    session.hold(3, NOW);
    assertEquals(SessionStatus.HELD, session.status());
    assertEquals(3, session.quorum(40).eligible(), "later joins do not change a held quorum");
    assertTrue(session.quorum(40).met());

    assertThrows(SessionRuleException.class, () -> session.cancel(NOW));
    assertThrows(
        SessionRuleException.class,
        () -> session.recordAttendance(List.of(), List.of(), MEMBERS, NOW));
    assertFalse(session.allows(PanelAction.HOLD_SESSION));
    assertTrue(session.allows(PanelAction.CHANGE_SESSION), "minutes come after the session");
  }

  @Test
  void aCancelledSessionStaysAsItWas() {
    PanelSession session = planned();
    session.cancel(NOW);
    assertEquals(SessionStatus.CANCELLED, session.status());
    SessionRuleException refused =
        assertThrows(SessionRuleException.class, () -> session.edit(at("Elsewhere", null), NOW));
    assertEquals("session-cancelled", refused.slug());
    assertEquals("Town hall", session.place());
    assertFalse(session.allows(PanelAction.CHANGE_SESSION));
    assertNull(session.quorum(3));
  }

  @Test
  void erasingAnAttendeeKeepsTheCountsAndTheQuorum() {
    PanelSession session = planned();
    session.recordAttendance(List.of(ANN, BEN), List.of(CAT), MEMBERS, NOW);
    session.hold(3, NOW);

    assertTrue(session.eraseAttendee(ANN, NOW));
    assertTrue(session.eraseAttendee(CAT, NOW));
    assertFalse(session.eraseAttendee(ANN, NOW), "erasing twice changes nothing more");

    assertEquals(List.of(BEN), session.present());
    assertEquals(List.of(), session.apologies());
    assertEquals(2, session.presentCount());
    assertEquals(1, session.apologyCount());
    assertTrue(session.quorum(3).met());
  }
}
