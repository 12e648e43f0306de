package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeRules.SUMMARY_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TEXT_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TITLE_MAX_LENGTH;

import eu.cohesion.practice.domain.PracticeText;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A translation of a practice's text, field by field: a field left out (or blank) is not translated
 * and reads in the original. At least one field is translated.
 */
public record PracticeTranslationRequest(
    @Schema(nullable = true) @Size(max = TITLE_MAX_LENGTH) String title,
    @Schema(nullable = true) @Size(max = SUMMARY_MAX_LENGTH) String summary,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String context,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String approach,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String results,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String resources,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String transferability,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String lessons) {

  PracticeText toText() {
    return new PracticeText(
        title, summary, context, approach, results, resources, transferability, lessons);
  }
}
