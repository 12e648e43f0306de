package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.QuoteStatus;
import eu.cohesion.initiative.domain.SurveyQuote;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyQuoteRepository implements PanacheRepositoryBase<SurveyQuote, UUID> {

  List<SurveyQuote> ofSurvey(UUID surveyId) {
    return list("surveyId = ?1 order by questionId, id", surveyId);
  }

  List<SurveyQuote> ofSurvey(UUID surveyId, QuoteStatus status) {
    return list("surveyId = ?1 and status = ?2 order by questionId, id", surveyId, status);
  }
}
