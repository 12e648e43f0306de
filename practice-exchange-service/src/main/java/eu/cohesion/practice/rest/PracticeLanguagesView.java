package eu.cohesion.practice.rest;

import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.PracticeReading;
import eu.cohesion.practice.domain.PracticeTranslation;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a practice's languages are shown: its translations, and the text as a reader asked for it.
 */
final class PracticeLanguagesView {

  private PracticeLanguagesView() {}

  @Schema(name = "PracticeTranslationInfo", description = "One translation of the practice's text")
  public record Translation(
      @Schema(examples = "de") String language,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"CITY_COORDINATOR", "NETWORK_ADMIN"},
              description = "Who translated it, as a capacity (never a person)")
          Role translatedByRole,
      @Schema(nullable = true, description = "Their town; null for the network")
          String translatedByCity,
      @Schema(description = "ISO-8601 UTC") Instant translatedAt) {

    static Translation of(PracticeTranslation t) {
      return new Translation(
          t.language(), t.translatedByRole(), t.translatedByCity(), t.translatedAt());
    }
  }

  @Schema(
      name = "PracticeReading",
      description =
          "The text in the requested language: each field translated where it is, otherwise the"
              + " original, marked FALLBACK")
  public record Reading(@Schema(examples = "de") String language, List<ReadingField> fields) {

    static Reading of(PracticeReading reading) {
      return new Reading(
          reading.requested(),
          reading.fields().stream()
              .map(f -> new ReadingField(f.name(), f.text(), f.language(), f.source()))
              .toList());
    }
  }

  @Schema(name = "PracticeReadingField")
  public record ReadingField(
      @Schema(
              type = SchemaType.STRING,
              enumeration = {
                "title",
                "summary",
                "context",
                "approach",
                "results",
                "resources",
                "transferability",
                "lessons"
              })
          String name,
      @Schema(nullable = true, description = "Null when the field is blank in the original too")
          String text,
      @Schema(description = "The language the text is in") String language,
      PracticeReading.Source source) {}

  static List<Translation> translations(List<PracticeTranslation> translations) {
    return translations.stream().map(Translation::of).toList();
  }
}
