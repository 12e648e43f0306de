package eu.cohesion.initiative.domain;

import java.util.Map;

/**
 * One option of a CHOICE question.
 *
 * @param id stable within the survey, e.g. {@code q2o1}
 * @param text per language code of the survey
 */
public record SurveyOption(String id, Map<String, String> text) {

  public SurveyOption {
    text = Map.copyOf(text);
  }
}
