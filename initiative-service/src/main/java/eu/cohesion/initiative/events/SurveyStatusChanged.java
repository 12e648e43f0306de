package eu.cohesion.initiative.events;

import eu.cohesion.initiative.domain.Survey;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.kit.events.PublishedEvent;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.survey.opened} and {@code eu.cohesion.survey.closed}: ids and the
 * number of responses so far, nothing of any answer.
 */
public record SurveyStatusChanged(
    UUID surveyId, UUID initiativeId, String city, SurveyStatus status, int responses)
    implements PublishedEvent {

  public static final String OPENED = "eu.cohesion.survey.opened";
  public static final String CLOSED = "eu.cohesion.survey.closed";

  public static SurveyStatusChanged of(Survey survey) {
    return new SurveyStatusChanged(
        survey.id(),
        survey.initiativeId(),
        survey.cityCode(),
        survey.status(),
        survey.responseCount());
  }

  @Override
  public String type() {
    return status == SurveyStatus.OPEN ? OPENED : CLOSED;
  }

  @Override
  public UUID subject() {
    return surveyId;
  }
}
