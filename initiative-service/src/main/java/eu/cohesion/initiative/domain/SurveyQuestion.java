package eu.cohesion.initiative.domain;

import java.util.List;
import java.util.Map;

/**
 * One question of a survey, stored as JSON with the survey.
 *
 * @param id stable within the survey, {@code q1} … {@code q6} in order
 * @param text per language code of the survey
 * @param options the choices of a CHOICE question, empty otherwise
 */
public record SurveyQuestion(
    String id, SurveyQuestionKind kind, Map<String, String> text, List<SurveyOption> options) {

  public SurveyQuestion {
    text = Map.copyOf(text);
    options = List.copyOf(options);
  }
}
