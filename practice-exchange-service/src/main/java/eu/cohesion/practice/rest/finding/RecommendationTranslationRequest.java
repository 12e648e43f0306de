package eu.cohesion.practice.rest.finding;

import eu.cohesion.practice.domain.finding.PublicationRules;
import eu.cohesion.practice.domain.finding.RecommendationContent;
import eu.cohesion.practice.domain.finding.RecommendationText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A translation of a recommendation: a field left out or blank reads in the original; the actions
 * are translated all (in the original's order) or none.
 */
@Schema(name = "RecommendationTranslationRequest")
public record RecommendationTranslationRequest(
    @Schema(nullable = true) @Size(max = RecommendationContent.TITLE_MAX_LENGTH) String title,
    @Schema(nullable = true) @Size(max = PublicationRules.TEXT_MAX_LENGTH) String summary,
    @Schema(description = "Empty: the actions read in the original")
        @NotNull
        @Size(max = PublicationRules.MAX_ACTIONS)
        List<@NotNull @Size(max = PublicationRules.ACTION_MAX_LENGTH) String> actions) {

  RecommendationText toText() {
    return new RecommendationText(title, summary, actions);
  }
}
