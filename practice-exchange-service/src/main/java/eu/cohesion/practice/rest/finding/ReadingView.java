package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.domain.PracticeReading;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How findings and recommendations show their languages, as practices do. */
final class ReadingView {

  private ReadingView() {}

  @Schema(
      name = "PublicationReading",
      description =
          "The text in the requested language: each field translated where it is, otherwise the"
              + " original, marked FALLBACK")
  public record Reading(@Schema(examples = "de") String language, List<Field> fields) {

    static Reading of(String requested, List<PracticeReading.Field> fields) {
      return new Reading(
          requested,
          fields.stream()
              .map(f -> new Field(f.name(), f.text(), f.language(), f.source()))
              .toList());
    }
  }

  @Schema(name = "PublicationReadingField")
  public record Field(
      @Schema(description = "statement, explanation (findings); title, summary (recommendations)")
          String name,
      @Schema(nullable = true, description = "Null when the field is blank in the original too")
          String text,
      @Schema(description = "The language the text is in", examples = "nl") String language,
      PracticeReading.Source source) {}

  @Schema(name = "PublicationTranslationInfo", description = "One translation")
  public record Translation(
      @Schema(examples = "de") String language,
      @Schema(
              type = SchemaType.STRING,
              enumeration = {"CITY_COORDINATOR", "NETWORK_ADMIN"},
              description = "Who translated it, as a capacity (never a person)")
          Role translatedByRole,
      @Schema(nullable = true, description = "Their town; null for the network")
          String translatedByCity,
      @Schema(description = "ISO-8601 UTC") Instant translatedAt) {}
}
