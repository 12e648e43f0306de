package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cohesion.kit.vocabulary.TargetGroup;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.PracticeReading.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which text a reader gets in which language, and what a classification accepts. */
class PracticeReadingTest {

  private static final PracticeText ORIGINAL =
      new PracticeText("Taalcafé", "Samenvatting", "Context", null, "Resultaten", null, null, null);

  @Test
  void eachFieldIsTranslatedWhereItIsAndOtherwiseTheOriginalMarkedAsFallback() {
    PracticeText german =
        new PracticeText("Sprachcafé", null, "Kontext", "Ansatz", null, null, null, null);
    PracticeReading reading = PracticeReading.of(ORIGINAL, "nl", "de", Optional.of(german));

    assertEquals("de", reading.requested());
    assertEquals(field("title", "Sprachcafé", "de", Source.TRANSLATED), reading.fields().get(0));
    assertEquals(field("summary", "Samenvatting", "nl", Source.FALLBACK), reading.fields().get(1));
    assertEquals(field("context", "Kontext", "de", Source.TRANSLATED), reading.fields().get(2));
    assertEquals(field("approach", "Ansatz", "de", Source.TRANSLATED), reading.fields().get(3));
    assertEquals(field("resources", null, "nl", Source.FALLBACK), reading.fields().get(5));
  }

  @Test
  void theOriginalLanguageReadsTheOriginalAndAMissingTranslationFallsBackEverywhere() {
    PracticeReading original = PracticeReading.of(ORIGINAL, "nl", "nl", Optional.empty());
    assertEquals(
        List.of(Source.ORIGINAL),
        original.fields().stream().map(PracticeReading.Field::source).distinct().toList());
    PracticeReading french = PracticeReading.of(ORIGINAL, "nl", "fr", Optional.empty());
    assertEquals(
        List.of(Source.FALLBACK),
        french.fields().stream().map(PracticeReading.Field::source).distinct().toList());
    assertEquals("Taalcafé", french.fields().get(0).text());
  }

  @Test
  void aProfileIsDeduplicatedInVocabularyOrderAndRefusesWhatIsNoVocabulary() {
    PracticeProfile profile =
        new PracticeProfile(
            null,
            List.of(Theme.HOUSING, Theme.LANGUAGE_AND_EDUCATION, Theme.HOUSING),
            List.of(TargetGroup.EXPAT, TargetGroup.NATIVE),
            List.of("11.3", "10.2", "11.3"),
            "  Integration office ");
    assertEquals("en", profile.language());
    assertEquals(List.of(Theme.LANGUAGE_AND_EDUCATION, Theme.HOUSING), profile.themes());
    assertEquals(List.of(TargetGroup.NATIVE, TargetGroup.EXPAT), profile.targetGroups());
    assertEquals(List.of("10.2", "11.3"), profile.sdgTargets());
    assertEquals("Integration office", profile.contactRole());

    assertThrows(
        PracticeRuleException.class,
        () -> new PracticeProfile("xx", List.of(), List.of(), List.of(), null));
    assertThrows(
        PracticeRuleException.class,
        () -> new PracticeProfile("nl", List.of(), List.of(), List.of("1.1"), null));
    assertThrows(
        PracticeRuleException.class,
        () -> new PracticeProfile("nl", List.of(), List.of(), List.of(), "call 0032 15 29 76 54"));
  }

  private static PracticeReading.Field field(
      String name, String text, String language, Source source) {
    return new PracticeReading.Field(name, text, language, source);
  }
}
