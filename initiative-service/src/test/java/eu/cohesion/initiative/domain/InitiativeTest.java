package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an initiative keeps of its steps, and what it refuses whoever calls it. */
class InitiativeTest {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-01-06T09:00:00Z");

  private final KnownPanel panel = new KnownPanel(UUID.randomUUID(), "celje", "Celje LPS", T0);

  @Test
  void aDraftStartsItsHistoryWithTheCreation() {
    Initiative initiative = Initiative.draft(panel, " Title ", " ", "coordinator-celje", T0);
    assertEquals("Title", initiative.title());
    assertNull(initiative.summary());
    assertEquals("celje", initiative.cityCode());
    assertEquals(panel.id(), initiative.panelId());
    assertEquals(InitiativeStatus.DRAFT, initiative.status());
    assertEquals(1, initiative.history().size());
    InitiativeTransition first = initiative.history().get(0);
    assertNull(first.from());
    assertEquals(InitiativeStatus.DRAFT, first.to());
    assertEquals("coordinator-celje", first.by());
    assertEquals(T0, first.at());
    assertEquals("created", first.reason());
  }

  @Test
  void aStepIsRecordedWithWhoWhenAndWhy() {
    Initiative initiative = Initiative.draft(panel, "Title", null, "coordinator-celje", T0);
    InitiativeTransition step =
        initiative.moveTo(InitiativeStatus.PROPOSED, " ready ", null, "network-admin", T1);
    assertEquals(InitiativeStatus.DRAFT, step.from());
    assertEquals(InitiativeStatus.PROPOSED, step.to());
    assertEquals("ready", step.reason());
    assertEquals(InitiativeStatus.PROPOSED, initiative.status());
    assertEquals(T1, initiative.updatedAt());
    assertEquals(
        List.of(InitiativeStatus.APPROVED, InitiativeStatus.WITHDRAWN),
        initiative.allowedTransitions());
    assertEquals(2, initiative.history().size());
  }

  @Test
  void concludingKeepsTheOutcomeAndTheConclusion() {
    Initiative initiative = underReview();
    initiative.moveTo(
        InitiativeStatus.CONCLUDED,
        "reviewed",
        new Conclusion(Outcome.DISCONTINUED, " Too costly. "),
        "coordinator-celje",
        T1);
    assertEquals(Outcome.DISCONTINUED, initiative.outcome());
    assertEquals("Too costly.", initiative.conclusion());
    assertEquals(List.of(), initiative.allowedTransitions());
  }

  @Test
  void anIllegalStepIsRefusedAndChangesNothing() {
    Initiative initiative = Initiative.draft(panel, "Title", null, "coordinator-celje", T0);
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> initiative.moveTo(InitiativeStatus.PILOTING, "jump", null, "someone", T1));
    assertEquals(422, refused.status());
    assertEquals("illegal-transition", refused.slug());
    assertEquals(
        "DRAFT → PILOTING is not allowed; allowed: PROPOSED, WITHDRAWN", refused.getMessage());
    assertEquals(InitiativeStatus.DRAFT, initiative.status());
    assertEquals(1, initiative.history().size());
  }

  @Test
  void aConclusionBelongsToTheConcludingStepOnly() {
    assertThrows(
        IllegalArgumentException.class,
        () -> underReview().moveTo(InitiativeStatus.CONCLUDED, "reviewed", null, "someone", T1));
    Initiative draft = Initiative.draft(panel, "Title", null, "coordinator-celje", T0);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            draft.moveTo(
                InitiativeStatus.PROPOSED,
                "early",
                new Conclusion(Outcome.ADOPTED, "text"),
                "someone",
                T1));
    assertEquals(1, draft.history().size());
  }

  @Test
  void textsKeepTheirInvariantsWhoeverCreatesThem() {
    assertThrows(IllegalArgumentException.class, () -> Initiative.draft(panel, " ", null, "c", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Initiative.draft(panel, "t".repeat(201), null, "c", T0));
    assertThrows(
        IllegalArgumentException.class,
        () -> Initiative.draft(panel, "Title", "s".repeat(4001), "c", T0));
    Initiative draft = Initiative.draft(panel, "Title", null, "c", T0);
    assertThrows(
        IllegalArgumentException.class,
        () -> draft.moveTo(InitiativeStatus.PROPOSED, " ", null, "c", T1));
    assertThrows(IllegalArgumentException.class, () -> new Conclusion(Outcome.ADOPTED, " "));
    assertThrows(NullPointerException.class, () -> new Conclusion(null, "text"));
  }

  private Initiative underReview() {
    Initiative initiative = Initiative.draft(panel, "Title", null, "coordinator-celje", T0);
    for (InitiativeStatus to :
        List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.APPROVED,
            InitiativeStatus.PILOTING,
            InitiativeStatus.UNDER_REVIEW)) {
      initiative.moveTo(to, "next", null, "coordinator-celje", T0);
    }
    return initiative;
  }
}
