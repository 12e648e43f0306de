package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeRules.SUMMARY_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TEXT_MAX_LENGTH;
import static eu.cohesion.practice.domain.PracticeRules.TITLE_MAX_LENGTH;

import eu.cohesion.practice.domain.PracticeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole text of a practice; a field left out or null is cleared. */
@Schema(
    name = "PracticeText",
    description =
        "The whole text of a good practice. It replaces the current text: a field left out or"
            + " null is cleared. Surrounding white space is removed; a blank text counts as none.")
public record PracticeTextRequest(
    @Schema(examples = "Welcome desks run by newcomers") @NotBlank @Size(max = TITLE_MAX_LENGTH)
        String title,
    @Schema(nullable = true) @Size(max = SUMMARY_MAX_LENGTH) String summary,
    @Schema(nullable = true, description = "Context and problem") @Size(max = TEXT_MAX_LENGTH)
        String context,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String approach,
    @Schema(nullable = true, description = "Results and evidence") @Size(max = TEXT_MAX_LENGTH)
        String results,
    @Schema(nullable = true, description = "Resources needed") @Size(max = TEXT_MAX_LENGTH)
        String resources,
    @Schema(nullable = true) @Size(max = TEXT_MAX_LENGTH) String transferability,
    @Schema(nullable = true, description = "Lessons learnt, failures included")
        @Size(max = TEXT_MAX_LENGTH)
        String lessons) {

  PracticeText toText() {
    return new PracticeText(
        title, summary, context, approach, results, resources, transferability, lessons);
  }
}
