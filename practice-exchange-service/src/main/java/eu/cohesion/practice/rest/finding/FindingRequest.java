package eu.cohesion.practice.rest.finding;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.finding.Citation;
import eu.cohesion.practice.domain.finding.CitationKind;
import eu.cohesion.practice.domain.finding.FindingContent;
import eu.cohesion.practice.domain.finding.PublicationRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole content of a finding, to draft it or replace it; lists may be empty. */
@Schema(name = "FindingRequest")
public record FindingRequest(
    @Schema(description = "Original language of the statement and explanation", examples = "en")
        @NotNull
        @Pattern(regexp = NetworkLanguages.PATTERN, message = NetworkLanguages.MESSAGE)
        String language,
    @Schema(examples = "Mentoring by residents halves the time newcomers need to find work")
        @NotBlank
        @Size(max = PublicationRules.STATEMENT_MAX_LENGTH)
        String statement,
    @Schema(nullable = true) @Size(max = PublicationRules.TEXT_MAX_LENGTH) String explanation,
    @NotNull @Size(max = 20) List<@NotNull Theme> themes,
    @Schema(description = "SDG targets of goals 10 and 11", examples = "[\"10.2\", \"11.3\"]")
        @NotNull
        @Size(max = 20)
        List<@NotNull @Pattern(regexp = "^\\d{1,2}\\.[0-9a-z]{1,2}$") String> sdgTargets,
    @Schema(
            description =
                "Citations; publishing needs published evidence from at least two towns (drafts"
                    + " may cite less)")
        @NotNull
        @Size(max = PublicationRules.MAX_CITATIONS)
        List<@NotNull @Valid CitationRequest> evidence) {

  @Schema(name = "Citation", description = "One piece of evidence: its kind and the id it goes by")
  public record CitationRequest(
      @NotNull CitationKind kind,
      @Schema(
              description =
                  "PRACTICE: practice id; INITIATIVE_CONCLUSION: initiative id; REVIEW_RESULT:"
                      + " review round id; INDICATOR_OUTCOME: indicator id; TRANSFER: transfer id")
          @NotNull
          UUID id) {}

  FindingContent toContent() {
    return new FindingContent(
        language,
        statement,
        explanation,
        themes,
        sdgTargets,
        evidence.stream().map(c -> new Citation(c.kind(), c.id())).toList());
  }
}
