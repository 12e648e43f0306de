package eu.cohesion.practice.rest;

import eu.cohesion.practice.domain.PracticeRevision;
import eu.cohesion.practice.domain.PracticeText;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PracticeRevision",
    description = "The text of a published practice at one publication or edit")
public record PracticeRevisionView(
    @Schema(description = "1 for the first publication, then one more each time") int number,
    PracticeRevision.Kind kind,
    String title,
    @Schema(nullable = true) String summary,
    @Schema(nullable = true, description = "Context and problem") String context,
    @Schema(nullable = true) String approach,
    @Schema(nullable = true, description = "Results and evidence") String results,
    @Schema(nullable = true, description = "Resources needed") String resources,
    @Schema(nullable = true) String transferability,
    @Schema(nullable = true, description = "Lessons learnt, failures included") String lessons,
    @Schema(description = "Username of whoever published or edited") String by,
    @Schema(description = "ISO-8601 UTC") Instant at) {

  static PracticeRevisionView of(PracticeRevision revision) {
    PracticeText text = revision.text();
    return new PracticeRevisionView(
        revision.number(),
        revision.kind(),
        text.title(),
        text.summary(),
        text.context(),
        text.approach(),
        text.results(),
        text.resources(),
        text.transferability(),
        text.lessons(),
        revision.by(),
        revision.at());
  }
}
