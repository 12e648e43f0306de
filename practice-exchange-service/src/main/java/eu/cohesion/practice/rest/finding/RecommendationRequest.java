package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.domain.finding.PublicationRules;
import eu.cohesion.practice.domain.finding.RecommendationContent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole content of a recommendation, to draft it or replace it. */
@Schema(name = "RecommendationRequest")
public record RecommendationRequest(
    @Schema(description = "Original language of the text", examples = "en")
        @NotNull
        @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
        String language,
    @NotNull Audience audience,
    @Schema(examples = "Fund resident mentors for newcomers")
        @NotBlank
        @Size(max = RecommendationContent.TITLE_MAX_LENGTH)
        String title,
    @Schema(nullable = true) @Size(max = PublicationRules.TEXT_MAX_LENGTH) String summary,
    @Schema(description = "What the audience is asked to do, in order")
        @NotNull
        @Size(max = PublicationRules.MAX_ACTIONS)
        List<@NotNull @Size(max = PublicationRules.ACTION_MAX_LENGTH) String> actions,
    @Schema(description = "The common findings that back it; publishing needs one published")
        @NotNull
        @Size(max = PublicationRules.MAX_FINDINGS)
        List<@NotNull UUID> findingIds) {

  RecommendationContent toContent() {
    return new RecommendationContent(language, audience, title, summary, actions, findingIds);
  }
}
