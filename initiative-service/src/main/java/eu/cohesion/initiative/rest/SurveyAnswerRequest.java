package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.SurveyAnswer;
import eu.cohesion.initiative.domain.SurveyRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One resident's answers: no name, no contact, nothing about the device but a random token. */
@Schema(name = "SurveyResponse")
public record SurveyAnswerRequest(
    @Schema(
            description =
                "A random token the browser draws once per survey and keeps; only its keyed hash is"
                    + " stored, to refuse a second answer from the same browser")
        @NotNull
        @Pattern(regexp = "^[A-Za-z0-9_-]{16,64}$", message = "must be 16 to 64 of A-Z a-z 0-9 _ -")
        String answerToken,
    @NotNull @Size(min = 1, max = SurveyRules.MAX_QUESTIONS) List<@Valid @NotNull Answer> answers) {

  @Schema(name = "SurveyAnswer")
  public record Answer(
      @NotNull @Pattern(regexp = "^q[1-6]$", message = "must be q1 to q6") String questionId,
      @Schema(description = "For a RATING question") @Min(1) @Max(5) Integer rating,
      @Schema(description = "For a CHOICE question: the option id")
          @Pattern(regexp = "^q[1-6]o[1-8]$", message = "must be an option id such as q2o1")
          String choice,
      @Schema(
              description =
                  "For a FREE_TEXT question; e-mail addresses and phone numbers are removed")
          @Size(max = SurveyRules.ANSWER_TEXT_MAX_LENGTH)
          String text) {}

  List<SurveyAnswer> toAnswers() {
    return answers.stream()
        .map(a -> new SurveyAnswer(a.questionId(), a.rating(), a.choice(), a.text()))
        .toList();
  }
}
