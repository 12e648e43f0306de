package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final UUID INITIATIVE = UUID.fromString("1b3f6a40-8d1f-4e4a-9c55-3f2d3a1b2c4d");

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "INTERESTED, ADAPTING, true",
    "INTERESTED, ABANDONED, true",
    "INTERESTED, TRANSFERRED, false",
    "INTERESTED, INTERESTED, false",
    "ADAPTING, TRANSFERRED, true",
    "ADAPTING, ABANDONED, true",
    "ADAPTING, INTERESTED, false",
    "ADAPTING, ADAPTING, false",
    "TRANSFERRED, ABANDONED, false",
    "TRANSFERRED, ADAPTING, false",
    "ABANDONED, INTERESTED, false",
    "ABANDONED, TRANSFERRED, false"
  })
  void theLifecycleNamesItsSteps(TransferStatus from, TransferStatus to, boolean allowed) {
    assertEquals(allowed, TransferLifecycle.allows(from, to));
  }

  @Test
  void openAndFinalStates() {
    assertEquals(
        List.of(TransferStatus.ADAPTING, TransferStatus.ABANDONED),
        TransferLifecycle.next(TransferStatus.INTERESTED));
    assertEquals(
        List.of(TransferStatus.TRANSFERRED, TransferStatus.ABANDONED),
        TransferLifecycle.next(TransferStatus.ADAPTING));
    assertTrue(TransferLifecycle.isOpen(TransferStatus.INTERESTED));
    assertTrue(TransferLifecycle.isOpen(TransferStatus.ADAPTING));
    assertFalse(TransferLifecycle.isOpen(TransferStatus.TRANSFERRED));
    assertFalse(TransferLifecycle.isOpen(TransferStatus.ABANDONED));
  }

  @Test
  void aTransferTravelsFromInterestToTransferred() {
    Transfer transfer = registered();
    assertEquals(TransferStatus.INTERESTED, transfer.status());
    assertEquals("mechelen", transfer.sourceCity());
    assertEquals("tartu", transfer.cityCode());
    assertEquals("We have the same problem", transfer.note());

    transfer.move(TransferStatus.ADAPTING, INITIATIVE, null, NOW.plusSeconds(1));
    assertEquals(INITIATIVE, transfer.initiativeId());
    transfer.move(
        TransferStatus.TRANSFERRED, null, "  Desk run by the library  ", NOW.plusSeconds(2));

    assertEquals(TransferStatus.TRANSFERRED, transfer.status());
    assertEquals("Desk run by the library", transfer.changes());
    assertEquals(NOW.plusSeconds(2), transfer.updatedAt());
    assertEquals(List.of(), transfer.allowedTransitions());
  }

  @Test
  void anIllegalStepNamesTheAllowedOnes() {
    Transfer transfer = registered();
    IllegalTransferStepException refused =
        assertThrows(
            IllegalTransferStepException.class,
            () -> transfer.move(TransferStatus.TRANSFERRED, null, "skipped", NOW));
    assertEquals(
        "INTERESTED → TRANSFERRED is not allowed; allowed: ADAPTING, ABANDONED",
        refused.getMessage());
    assertEquals(TransferStatus.INTERESTED, transfer.status());
  }

  @Test
  void eachStepNeedsItsOwnFactAndNothingElse() {
    Transfer transfer = registered();
    assertThrows(
        TransferRuleException.class, () -> transfer.move(TransferStatus.ADAPTING, null, null, NOW));
    assertThrows(
        TransferRuleException.class,
        () -> transfer.move(TransferStatus.ADAPTING, INITIATIVE, "text", NOW));
    assertThrows(
        TransferRuleException.class,
        () -> transfer.move(TransferStatus.ABANDONED, null, "   ", NOW));
    assertThrows(
        TransferRuleException.class,
        () -> transfer.move(TransferStatus.ABANDONED, INITIATIVE, "why", NOW));
    assertEquals(TransferStatus.INTERESTED, transfer.status());
    assertNull(transfer.initiativeId());

    transfer.move(TransferStatus.ABANDONED, null, "No budget this year", NOW);
    assertEquals("No budget this year", transfer.abandonReason());
  }

  @Test
  void aTownDoesNotTransferItsOwnPracticeNorADraft() {
    GoodPractice practice = published();
    assertThrows(
        TransferRuleException.class,
        () -> Transfer.register(practice, "mechelen", "someone", null, NOW));
    GoodPractice draft = draft();
    assertThrows(
        TransferRuleException.class, () -> Transfer.register(draft, "tartu", "someone", null, NOW));
  }

  @Test
  void theSourceTownAnswersAndTheAuthorCanBeForgotten() {
    Transfer transfer = registered();
    transfer.answer("Call us, we will show you the desk", NOW);
    assertEquals("Call us, we will show you the desk", transfer.answer());
    assertEquals(NOW, transfer.answeredAt());

    assertFalse(transfer.forgetAuthor("someone-else"));
    assertTrue(transfer.forgetAuthor("coordinator-tartu-id"));
    assertEquals(Transfer.ERASED, transfer.createdBy());
  }

  private static Transfer registered() {
    return Transfer.register(
        published(), "tartu", "coordinator-tartu-id", " We have the same problem ", NOW);
  }

  private static GoodPractice draft() {
    return GoodPractice.draftFrom(
        UUID.randomUUID(),
        "mechelen",
        InitiativeOutcome.ADOPTED,
        "Welcome desk",
        "Summary",
        "Conclusion",
        new PracticeEvidence(null, List.of()),
        NOW);
  }

  private static GoodPractice published() {
    GoodPractice practice = draft();
    practice.revise(
        new PracticeText(
            "Welcome desk",
            "Summary",
            "Context",
            "Approach",
            "Results: 40 families welcomed",
            "Resources",
            "Transferability",
            "Lessons"),
        "coordinator-mechelen-id",
        NOW);
    practice.take(ValidationStep.SUBMITTED, null, "coordinator-mechelen-id", NOW);
    practice.take(ValidationStep.PUBLISHED, null, "admin-id", NOW);
    return practice;
  }
}
