package eu.cohesion.practice.rest.finding;

import eu.cohesion.practice.domain.finding.FindingText;
import eu.cohesion.practice.domain.finding.PublicationRules;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A translation of a finding; a field left out or blank reads in the original. */
@Schema(name = "FindingTranslationRequest")
public record FindingTranslationRequest(
    @Schema(nullable = true) @Size(max = PublicationRules.STATEMENT_MAX_LENGTH) String statement,
    @Schema(nullable = true) @Size(max = PublicationRules.TEXT_MAX_LENGTH) String explanation) {

  FindingText toText() {
    return new FindingText(statement, explanation);
  }
}
