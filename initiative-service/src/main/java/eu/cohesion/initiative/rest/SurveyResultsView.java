package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;

import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.QuoteStatus;
import eu.cohesion.initiative.domain.SurveyQuestion;
import eu.cohesion.initiative.domain.SurveyQuestionKind;
import eu.cohesion.initiative.domain.SurveyQuote;
import eu.cohesion.initiative.domain.SurveyStatus;
import eu.cohesion.initiative.domain.SurveyTally;
import eu.cohesion.initiative.service.SurveyResultsQuery.SurveyResults;
import eu.cohesion.kit.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Aggregated answers of a survey, with the question texts so a page needs nothing else. */
@Schema(name = "SurveyResults")
public record SurveyResultsView(
    UUID surveyId,
    SurveyStatus status,
    List<String> languages,
    Map<String, String> title,
    int responses,
    @Schema(description = "At least 5 responses: the public results page shows them")
        boolean publicEnough,
    List<QuestionResult> questions,
    @Schema(description = "Every free-text answer with its status: only for moderators")
        List<Quote> moderation,
    List<InitiativeAction> allowedActions) {

  @Schema(name = "SurveyQuestionResult")
  public record QuestionResult(
      String questionId,
      SurveyQuestionKind kind,
      Map<String, String> text,
      long answers,
      @Schema(description = "Rating: values 1–5; choice: option ids, with their texts")
          List<Bucket> distribution,
      @Schema(description = "Mean of a rating, null otherwise or without answers") Double mean,
      @Schema(description = "Approved quotes of a free text") List<String> quotes) {}

  @Schema(name = "SurveyDistributionBucket")
  public record Bucket(String value, Map<String, String> label, long count) {}

  @Schema(name = "SurveyQuote")
  public record Quote(UUID id, String questionId, String text, QuoteStatus status, long version) {}

  static SurveyResultsView forInsiders(SurveyResults results, Actor actor) {
    return of(
        results,
        results.quotes().stream().map(SurveyResultsView::quote).toList(),
        InitiativePermissions.TABLE.allowedFor(
            actor, results.survey().cityCode(), MODERATE_SURVEY_QUOTES));
  }

  static SurveyResultsView forPublic(SurveyResults results) {
    return of(results, List.of(), List.of());
  }

  private static SurveyResultsView of(
      SurveyResults results, List<Quote> moderation, List<InitiativeAction> allowed) {
    SurveyTally.Results tally = results.tally();
    List<QuestionResult> questions =
        tally.questions().stream()
            .map(
                r -> {
                  SurveyQuestion question = results.survey().question(r.questionId()).orElseThrow();
                  List<Bucket> buckets =
                      r.distribution().entrySet().stream()
                          .map(
                              e ->
                                  new Bucket(e.getKey(), label(question, e.getKey()), e.getValue()))
                          .toList();
                  return new QuestionResult(
                      r.questionId(),
                      r.kind(),
                      question.text(),
                      r.answers(),
                      buckets,
                      r.mean(),
                      r.quotes());
                })
            .toList();
    return new SurveyResultsView(
        results.survey().id(),
        results.survey().status(),
        results.survey().languages(),
        results.survey().title(),
        tally.responses(),
        tally.publicEnough(),
        questions,
        moderation,
        allowed);
  }

  /** An option's text; a rating value is its own label. */
  private static Map<String, String> label(SurveyQuestion question, String value) {
    return question.options().stream()
        .filter(o -> o.id().equals(value))
        .findFirst()
        .map(o -> o.text())
        .orElse(Map.of());
  }

  private static Quote quote(SurveyQuote quote) {
    return new Quote(quote.id(), quote.questionId(), quote.text(), quote.status(), quote.version());
  }
}
