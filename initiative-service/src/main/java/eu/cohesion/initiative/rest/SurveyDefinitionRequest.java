package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.SurveyQuestionKind;
import eu.cohesion.initiative.domain.SurveyRules;
import eu.cohesion.initiative.service.NewSurvey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A survey as the coordinator composes it. The town's languages are the coordinator's choice here:
 * this service does not learn the towns' profiles (docs/survey.md).
 */
@Schema(name = "SurveyDefinition")
public record SurveyDefinitionRequest(
    @Schema(
            description = "ISO 639-1 codes; every text is given in each",
            example = "[\"nl\", \"fr\"]")
        @NotNull
        @Size(min = 1, max = 11)
        List<@NotNull @Size(min = 2, max = 2) String> languages,
    @Schema(description = "Heading residents see, per language") @NotNull @Size(min = 1, max = 11)
        Map<@Size(min = 2, max = 2) String, @NotNull @Size(max = 300) String> title,
    @NotNull @Size(min = 3, max = 6) List<@Valid @NotNull Question> questions) {

  @Schema(name = "SurveyQuestionDefinition")
  public record Question(
      @NotNull SurveyQuestionKind kind,
      @NotNull @Size(min = 1, max = 11)
          Map<@Size(min = 2, max = 2) String, @NotNull @Size(max = 300) String> text,
      @Schema(description = "Only for CHOICE: 2–8 options, each its text per language")
          @Size(max = 8)
          List<
                  @NotNull @Size(min = 1, max = 11) Map<
                      @Size(min = 2, max = 2) String, @NotNull @Size(max = 300) String>>
              options) {}

  NewSurvey toCommand() {
    return new NewSurvey(
        languages,
        title,
        questions.stream()
            .map(
                q ->
                    new SurveyRules.Draft(
                        q.kind(), q.text(), q.options() == null ? List.of() : q.options()))
            .toList());
  }
}
