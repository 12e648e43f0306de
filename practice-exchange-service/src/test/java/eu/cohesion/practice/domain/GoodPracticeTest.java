package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GoodPracticeTest {

  private static final Instant DRAFTED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2025-03-02T10:00:00Z");
  private static final String TOWN = "coordinator-delft";
  private static final String ADMIN = "network-admin";

  @Test
  void aDraftIsPrefilledFromTheConclusion() {
    UUID initiative = UUID.randomUUID();
    GoodPractice practice =
        GoodPractice.draftFrom(
            initiative,
            "delft",
            InitiativeOutcome.ADAPTED,
            " Buddies ",
            "Pairs",
            "It worked",
            PracticeEvidence.NONE,
            DRAFTED);

    assertEquals(initiative, practice.sourceInitiativeId());
    assertEquals("delft", practice.cityCode());
    assertEquals(InitiativeOutcome.ADAPTED, practice.outcome());
    assertEquals("Buddies", practice.title());
    assertEquals("Pairs", practice.summary());
    assertEquals("It worked", practice.results());
    assertNull(practice.context());
    assertEquals(PracticeStatus.DRAFT, practice.status());
    assertEquals(DRAFTED, practice.createdAt());
    assertEquals(DRAFTED, practice.updatedAt());
    assertNull(practice.publishedAt());
  }

  @Test
  void textsLongerThanOurLimitsAreCutWithoutSplittingACharacter() {
    String title = "t".repeat(199) + "😀" + "t".repeat(50);
    GoodPractice practice =
        GoodPractice.draftFrom(
            UUID.randomUUID(),
            "delft",
            InitiativeOutcome.ADOPTED,
            title,
            "s".repeat(2500),
            "c".repeat(9000),
            PracticeEvidence.NONE,
            DRAFTED);

    assertEquals("t".repeat(199), practice.title());
    assertEquals(PracticeRules.SUMMARY_MAX_LENGTH, practice.summary().length());
    assertEquals(PracticeRules.TEXT_MAX_LENGTH, practice.results().length());
  }

  @Test
  void aDiscontinuedInitiativeIsDraftedWithItsConclusionAsTheLessons() {
    GoodPractice practice =
        GoodPractice.draftFrom(
            UUID.randomUUID(),
            "delft",
            InitiativeOutcome.DISCONTINUED,
            "T",
            null,
            " Evenings did not work. ",
            PracticeEvidence.NONE,
            DRAFTED);

    assertEquals("Evenings did not work.", practice.lessons());
    assertNull(practice.results());
    assertEquals(InitiativeOutcome.DISCONTINUED, practice.outcome());
  }

  @Test
  void anInitiativeWithoutTitleYieldsNoPractice() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GoodPractice.draftFrom(
                UUID.randomUUID(),
                "delft",
                InitiativeOutcome.ADOPTED,
                "  ",
                null,
                null,
                PracticeEvidence.NONE,
                DRAFTED));
  }

  @Test
  void aRevisionReplacesTheWholeTextAndStoresBlankAsNone() {
    GoodPractice practice = draft();
    Optional<PracticeRevision> revision =
        practice.revise(
            new PracticeText(" New title ", "  ", "Context", null, null, null, null, "Lessons"),
            TOWN,
            LATER);

    assertEquals("New title", practice.title());
    assertNull(practice.summary());
    assertEquals("Context", practice.context());
    assertNull(practice.results(), "the conclusion is replaced as well");
    assertEquals("Lessons", practice.lessons());
    assertEquals(LATER, practice.updatedAt());
    assertTrue(revision.isEmpty(), "a draft keeps no revisions");
    assertEquals(List.of(), practice.revisions());
  }

  @Test
  void theTownSubmitsAndTheAdminPublishes() {
    GoodPractice practice = complete();
    assertEquals(
        List.of(PracticeAction.EDIT_PRACTICE, PracticeAction.SUBMIT_PRACTICE),
        practice.possibleActions());
    practice.take(ValidationStep.SUBMITTED, "ignored", TOWN, LATER);
    assertEquals(PracticeStatus.SUBMITTED, practice.status());
    assertEquals(
        List.of(PracticeAction.RETURN_PRACTICE, PracticeAction.PUBLISH_PRACTICE),
        practice.possibleActions());

    Instant published = LATER.plusSeconds(60);
    practice.take(ValidationStep.PUBLISHED, null, ADMIN, published);

    assertTrue(practice.isPublished());
    assertEquals(published, practice.publishedAt());
    assertEquals(published, practice.updatedAt());
    assertEquals(List.of(PracticeStatus.RETURNED), practice.allowedTransitions());
    assertEquals(
        List.of(ValidationStep.SUBMITTED, ValidationStep.PUBLISHED),
        practice.validationHistory().stream().map(ValidationRecord::step).toList());
    assertNull(practice.validationHistory().get(0).reason());
    assertEquals(ADMIN, practice.validationHistory().get(1).by());
    PracticeRevision first = practice.revisions().get(0);
    assertEquals(1, first.number());
    assertEquals(PracticeRevision.Kind.PUBLICATION, first.kind());
    assertEquals(practice.text(), first.text());
    assertEquals(ADMIN, first.by());
  }

  @Test
  void aReturnCarriesItsReasonAndTheTownSubmitsAgain() {
    GoodPractice practice = complete();
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    practice.take(ValidationStep.RETURNED, "  Add the visitor figures.  ", ADMIN, LATER);

    assertEquals(PracticeStatus.RETURNED, practice.status());
    assertNull(practice.publishedAt());
    assertEquals("Add the visitor figures.", practice.validationHistory().get(1).reason());
    practice.revise(text("Title", "Context with 412 visits"), TOWN, LATER);
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    assertEquals(PracticeStatus.SUBMITTED, practice.status());
    assertEquals(3, practice.validationHistory().size());
  }

  @Test
  void returningAndUnpublishingNeedAReason() {
    GoodPractice practice = complete();
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    assertThrows(
        IllegalArgumentException.class,
        () -> practice.take(ValidationStep.RETURNED, " ", ADMIN, LATER));
    assertEquals(PracticeStatus.SUBMITTED, practice.status());
    assertEquals(1, practice.validationHistory().size());
  }

  @Test
  void aStepTheLifecycleDoesNotAllowIsRefusedNamingTheAllowedOnes() {
    GoodPractice practice = complete();
    IllegalStepException refused =
        assertThrows(
            IllegalStepException.class,
            () -> practice.take(ValidationStep.PUBLISHED, null, ADMIN, LATER));
    assertEquals(422, refused.status());
    assertEquals("illegal-transition", refused.slug());
    assertEquals("a DRAFT practice cannot be PUBLISHED; allowed: SUBMITTED", refused.getMessage());
    assertEquals(PracticeStatus.DRAFT, practice.status());
    assertEquals(List.of(), practice.validationHistory());
  }

  @Test
  void aPracticeFailingTheChecklistIsNotPublished() {
    GoodPractice practice = draft();
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    ChecklistFailedException refused =
        assertThrows(
            ChecklistFailedException.class,
            () -> practice.take(ValidationStep.PUBLISHED, null, ADMIN, LATER));
    assertEquals("checklist-failed", refused.slug());
    assertEquals(
        "the practice fails the validation checklist: SECTIONS_FILLED (context, approach,"
            + " resources, transferability, lessons); EVIDENCE_PRESENT (results)",
        refused.getMessage());
    assertEquals(PracticeStatus.SUBMITTED, practice.status());
    assertEquals(List.of(), practice.revisions());
  }

  @Test
  void aSubmittedPracticeIsLockedAgainstEdits() {
    GoodPractice practice = complete();
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    assertThrows(
        UnderValidationException.class,
        () -> practice.revise(text("Changed", "Context"), TOWN, LATER));
    assertEquals("Title", practice.title());
  }

  @Test
  void editingAPublishedPracticeRecordsARevisionAndKeepsItValid() {
    GoodPractice practice = published();
    Instant edited = LATER.plusSeconds(60);
    Optional<PracticeRevision> revision =
        practice.revise(text("Better title", "More context"), TOWN, edited);

    assertTrue(practice.isPublished());
    assertEquals(LATER, practice.publishedAt());
    assertEquals("Better title", practice.title());
    assertEquals(2, revision.orElseThrow().number());
    assertEquals(PracticeRevision.Kind.EDIT, revision.orElseThrow().kind());
    assertEquals(TOWN, revision.orElseThrow().by());
    assertEquals(edited, revision.orElseThrow().at());
    assertEquals("Title", practice.revisions().get(0).text().title(), "history is kept");

    assertTrue(
        practice.revise(text("Better title", "More context"), TOWN, edited).isEmpty(),
        "an edit that changes nothing is no revision");

    ChecklistFailedException refused =
        assertThrows(
            ChecklistFailedException.class,
            () -> practice.revise(text("Better title", " "), TOWN, edited.plusSeconds(1)));
    assertTrue(refused.getMessage().endsWith("SECTIONS_FILLED (context)"), refused.getMessage());
    assertEquals("More context", practice.context(), "a refused revision changes nothing");
    assertEquals(edited, practice.updatedAt());
    assertEquals(2, practice.revisions().size());
  }

  @Test
  void unpublishingReturnsThePracticeAndARepublicationOfTheSameTextAddsNoRevision() {
    GoodPractice practice = published();
    practice.take(ValidationStep.UNPUBLISHED, "Names a resident", ADMIN, LATER);
    assertEquals(PracticeStatus.RETURNED, practice.status());
    assertNull(practice.publishedAt());
    assertEquals(
        List.of(PracticeAction.EDIT_PRACTICE, PracticeAction.SUBMIT_PRACTICE),
        practice.possibleActions());

    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    practice.take(ValidationStep.PUBLISHED, null, ADMIN, LATER);
    assertEquals(1, practice.revisions().size());
  }

  private static GoodPractice draft() {
    return GoodPractice.draftFrom(
        UUID.randomUUID(),
        "delft",
        InitiativeOutcome.ADOPTED,
        "Title",
        "Summary",
        "Results",
        PracticeEvidence.NONE,
        DRAFTED);
  }

  private static GoodPractice complete() {
    GoodPractice practice = draft();
    practice.revise(text("Title", "Context"), TOWN, DRAFTED);
    return practice;
  }

  private static GoodPractice published() {
    GoodPractice practice = complete();
    practice.take(ValidationStep.SUBMITTED, null, TOWN, LATER);
    practice.take(ValidationStep.PUBLISHED, null, ADMIN, LATER);
    return practice;
  }

  private static PracticeText text(String title, String context) {
    return new PracticeText(
        title,
        "Summary",
        context,
        "Approach",
        "Visits doubled to 400",
        "Resources",
        "Anywhere",
        "Lessons");
  }
}
