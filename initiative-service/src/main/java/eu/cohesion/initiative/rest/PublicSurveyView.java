package eu.cohesion.initiative.rest;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyQuestion;
import eu.cohesion.initiative.domain.SurveyStatus;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a resident sees behind the public link: no initiative id, no town, no counts. */
@Schema(name = "PublicSurvey")
public record PublicSurveyView(
    String token,
    SurveyStatus status,
    List<String> languages,
    Map<String, String> title,
    List<SurveyQuestion> questions) {

  static PublicSurveyView of(Survey survey) {
    return new PublicSurveyView(
        survey.publicToken(),
        survey.status(),
        survey.languages(),
        survey.title(),
        survey.questions());
  }
}
