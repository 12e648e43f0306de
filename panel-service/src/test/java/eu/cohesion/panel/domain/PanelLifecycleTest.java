package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PanelLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final LocalDate START = LocalDate.parse("2027-01-01");
  private static final LocalDate END = LocalDate.parse("2028-12-31");

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "FORMING, ACTIVE, true",
    "FORMING, CLOSED, true",
    "FORMING, FORMING, false",
    "ACTIVE, CLOSED, true",
    "ACTIVE, FORMING, false",
    "ACTIVE, ACTIVE, false",
    "CLOSED, FORMING, false",
    "CLOSED, ACTIVE, false",
    "CLOSED, CLOSED, false"
  })
  void theStateMachineNamesItsSteps(PanelStatus from, PanelStatus to, boolean allowed) {
    assertEquals(allowed, PanelLifecycle.allows(from, to));
    assertEquals(allowed, PanelLifecycle.next(from).contains(to));
  }

  @Test
  void onlyClosedIsFinal() {
    assertEquals(
        List.of(PanelStatus.ACTIVE, PanelStatus.CLOSED), PanelLifecycle.next(PanelStatus.FORMING));
    assertFalse(PanelLifecycle.isFinal(PanelStatus.ACTIVE));
    assertTrue(PanelLifecycle.isFinal(PanelStatus.CLOSED));
  }

  @Test
  void aNewPanelFormsAndActivatesOnlyWithMandateAndTerm() {
    Panel panel = Panel.create("tartu", "Tartu LPS", null, "someone", NOW);
    assertEquals(PanelStatus.FORMING, panel.status());
    assertEquals(List.of(PanelStatus.ACTIVE, PanelStatus.CLOSED), panel.allowedTransitions());

    PanelIncompleteException noMandate =
        assertThrows(PanelIncompleteException.class, () -> panel.moveTo(PanelStatus.ACTIVE, NOW));
    assertEquals("panel-incomplete", noMandate.slug());
    panel.edit("Tartu LPS", null, Map.of("et", "Kogu nõustab linna."), null, null, NOW);
    assertThrows(PanelIncompleteException.class, () -> panel.moveTo(PanelStatus.ACTIVE, NOW));
    assertEquals(PanelStatus.FORMING, panel.status(), "a refused step leaves the state");

    panel.edit("Tartu LPS", null, Map.of("et", "Kogu nõustab linna."), START, END, NOW);
    assertEquals(PanelStatus.FORMING, panel.moveTo(PanelStatus.ACTIVE, NOW));
    assertEquals(PanelStatus.ACTIVE, panel.status());
    assertEquals(NOW, panel.statusChangedAt());
    assertEquals(List.of(PanelStatus.CLOSED), panel.allowedTransitions());
  }

  @Test
  void aClosedPanelTakesNoStepsAndNoEdits() {
    Panel panel = Panel.create("tartu", "Tartu LPS", null, "someone", NOW);
    panel.moveTo(PanelStatus.CLOSED, NOW);
    IllegalTransitionException step =
        assertThrows(IllegalTransitionException.class, () -> panel.moveTo(PanelStatus.ACTIVE, NOW));
    assertTrue(step.getMessage().contains("CLOSED is final"), step.getMessage());
    assertThrows(
        PanelClosedException.class,
        () -> panel.edit("New", null, Map.of("en", "Advises"), START, END, NOW));
    assertEquals("Tartu LPS", panel.name());
  }

  @Test
  void aMandateIsInTheNetworksLanguagesWithAtLeastOneText() {
    assertEquals(
        Map.of("en", "Advises the council", "nl", "Adviseert"),
        PanelRules.mandate(Map.of("en", "  Advises the council ", "nl", "Adviseert", "fr", "  ")));
    assertThrows(InvalidPanelException.class, () -> PanelRules.mandate(Map.of("xx", "Text")));
    assertThrows(InvalidPanelException.class, () -> PanelRules.mandate(Map.of("en", " ")));
    assertThrows(InvalidPanelException.class, () -> PanelRules.mandate(Map.of()));
    assertThrows(
        InvalidPanelException.class,
        () -> PanelRules.mandate(Map.of("en", "m".repeat(PanelRules.MANDATE_MAX_LENGTH + 1))));
    assertEquals(11, PanelRules.LANGUAGES.size());
  }

  @Test
  void aTermHasBothDatesAndEndsAfterItStarts() {
    PanelRules.term(null, null);
    PanelRules.term(START, END);
    assertThrows(InvalidPanelException.class, () -> PanelRules.term(START, null));
    assertThrows(InvalidPanelException.class, () -> PanelRules.term(null, END));
    assertThrows(InvalidPanelException.class, () -> PanelRules.term(START, START));
    assertThrows(InvalidPanelException.class, () -> PanelRules.term(END, START));
  }
}
