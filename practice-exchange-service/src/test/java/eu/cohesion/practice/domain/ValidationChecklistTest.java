package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.practice.domain.ValidationChecklist.Check;
import eu.cohesion.practice.domain.ValidationChecklist.Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationChecklistTest {

  private static final PracticeText COMPLETE =
      new PracticeText(
          "Welcome desk",
          "A weekly desk",
          "Newcomers got lost",
          "Pairs of volunteers",
          "412 visits in the pilot year",
          "A room and 0.2 FTE",
          "Needs volunteers",
          "Evenings did not work");

  @Test
  void aCompletePracticeWithAFigurePasses() {
    ValidationChecklist checklist = ValidationChecklist.of(COMPLETE, PracticeEvidence.NONE);
    assertTrue(checklist.passes());
    assertEquals(
        List.of(
            new Check(Item.SECTIONS_FILLED, true, List.of()),
            new Check(Item.EVIDENCE_PRESENT, true, List.of()),
            new Check(Item.NO_PERSONAL_DATA, true, List.of())),
        checklist.checks());
  }

  @Test
  void blankSectionsAreNamedInOrder() {
    PracticeText text =
        new PracticeText("Title", " ", "Context", null, "3 towns", "", "Anywhere", null);
    ValidationChecklist checklist = ValidationChecklist.of(text, PracticeEvidence.NONE);
    assertEquals(
        List.of(
            new Check(
                Item.SECTIONS_FILLED,
                false,
                List.of("summary", "approach", "resources", "lessons"))),
        checklist.failing());
  }

  @Test
  void evidenceIsAFigureInTheResultsOrWhatTheConclusionCarried() {
    PracticeText words =
        new PracticeText("T", "S", "C", "A", "Visits doubled", "R", "Anywhere", "L");
    assertEquals(
        List.of(new Check(Item.EVIDENCE_PRESENT, false, List.of("results"))),
        ValidationChecklist.of(words, PracticeEvidence.NONE).failing());

    IndicatorEvidence indicator =
        new IndicatorEvidence(
            UUID.randomUUID(),
            "Visits",
            "visits",
            "HIGHER_IS_BETTER",
            BigDecimal.ONE,
            BigDecimal.TEN,
            BigDecimal.TEN,
            "2026-10-01",
            BigDecimal.valueOf(100),
            true);
    assertTrue(
        ValidationChecklist.of(words, new PracticeEvidence(null, List.of(indicator))).passes());
    assertTrue(
        ValidationChecklist.of(
                words,
                new PracticeEvidence(
                    new ReviewEvidence(UUID.randomUUID(), 3, 2, List.of(), List.of()), null))
            .passes());
  }

  @Test
  void personalDataIsNamedPerSection() {
    PracticeText text =
        new PracticeText(
            "Welcome desk",
            "Ask jan.peeters@mechelen.be",
            "Newcomers got lost",
            "Call +32 15 29 76 54 on Wednesdays",
            "412 visits",
            "A room",
            "Needs volunteers",
            "Evenings did not work");
    assertEquals(
        List.of(new Check(Item.NO_PERSONAL_DATA, false, List.of("summary", "approach"))),
        ValidationChecklist.of(text, PracticeEvidence.NONE).failing());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "write to info@town.example.eu",
        "mail Zoë.Müller@gemeente.nl today",
        "call 015 29 76 54",
        "call 0470/12.34.56",
        "call 0032 15 297654",
        "call +49 (0)30 1234567",
        "+3215297654"
      })
  void eMailAddressesAndPhoneNumbersArePersonalData(String value) {
    assertTrue(ValidationChecklist.holdsPersonalData(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "412 visits; 80 % knew where to go next",
        "from 2019 to 2023, 2024-2025",
        "a budget of EUR 1 000 000 000 over 10 years",
        "0.2 FTE and 12 000 leaflets",
        "SDG 10.2 and 11.3",
        "the team @ town hall",
        "opening hours 09:00-12:00 and 14:00-17:00"
      })
  void figuresDatesAndAmountsAreNot(String value) {
    assertFalse(ValidationChecklist.holdsPersonalData(value), value);
  }
}
