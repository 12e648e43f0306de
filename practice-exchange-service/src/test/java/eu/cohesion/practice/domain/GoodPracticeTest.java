package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GoodPracticeTest {

  private static final Instant DRAFTED = Instant.parse("2025-03-01T10:00:00Z");
  private static final Instant LATER = Instant.parse("2025-03-02T10:00:00Z");

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
  void aDiscontinuedInitiativeOrOneWithoutTitleYieldsNoPractice() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GoodPractice.draftFrom(
                UUID.randomUUID(),
                "delft",
                InitiativeOutcome.DISCONTINUED,
                "T",
                null,
                null,
                PracticeEvidence.NONE,
                DRAFTED));
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
    practice.revise(
        new PracticeText(" New title ", "  ", "Context", null, null, null, null, "Lessons"), LATER);

    assertEquals("New title", practice.title());
    assertNull(practice.summary());
    assertEquals("Context", practice.context());
    assertNull(practice.results(), "the conclusion is replaced as well");
    assertEquals("Lessons", practice.lessons());
    assertEquals(LATER, practice.updatedAt());
  }

  @Test
  void publishingNeedsTitleSummaryContextApproachAndResults() {
    GoodPractice practice = draft();
    PracticeIncompleteException refused =
        assertThrows(PracticeIncompleteException.class, () -> practice.publish(LATER));
    assertEquals(422, refused.status());
    assertTrue(refused.getMessage().endsWith("blank: context, approach"), refused.getMessage());
    assertEquals(PracticeStatus.DRAFT, practice.status());
  }

  @Test
  void aCompletePracticeIsPublishedOnce() {
    GoodPractice practice = complete();
    practice.publish(LATER);

    assertTrue(practice.isPublished());
    assertEquals(LATER, practice.publishedAt());
    assertEquals(LATER, practice.updatedAt());
    AlreadyPublishedException again =
        assertThrows(AlreadyPublishedException.class, () -> practice.publish(LATER.plusSeconds(1)));
    assertEquals("already-published", again.slug());
    assertEquals(LATER, practice.publishedAt());
  }

  @Test
  void aPublishedPracticeStaysPublishedAndCompleteWhenRevised() {
    GoodPractice practice = complete();
    practice.publish(LATER);
    Instant edited = LATER.plusSeconds(60);
    practice.revise(text("Better title", "More context"), edited);

    assertTrue(practice.isPublished());
    assertEquals(LATER, practice.publishedAt());
    assertEquals("Better title", practice.title());

    PracticeIncompleteException refused =
        assertThrows(
            PracticeIncompleteException.class,
            () -> practice.revise(text("Better title", " "), edited.plusSeconds(1)));
    assertTrue(refused.getMessage().endsWith("blank: context"), refused.getMessage());
    assertEquals("More context", practice.context(), "a refused revision changes nothing");
    assertEquals(edited, practice.updatedAt());
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
    practice.revise(text("Title", "Context"), DRAFTED);
    return practice;
  }

  private static PracticeText text(String title, String context) {
    return new PracticeText(
        title, "Summary", context, "Approach", "Results", "Resources", "Anywhere", "Lessons");
  }
}
