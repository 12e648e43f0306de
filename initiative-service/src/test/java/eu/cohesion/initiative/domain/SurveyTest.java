package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Survey definition rules, its small lifecycle, answer checks and the tally. */
class SurveyTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
  private static final List<String> LANGUAGES = List.of("nl", "fr");

  static Map<String, String> both(String text) {
    return Map.of("nl", text + " (nl)", "fr", text + " (fr)");
  }

  static List<SurveyRules.Draft> threeQuestions() {
    return List.of(
        new SurveyRules.Draft(SurveyQuestionKind.RATING, both("How useful"), List.of()),
        new SurveyRules.Draft(
            SurveyQuestionKind.CHOICE,
            both("How did you hear"),
            List.of(both("Poster"), both("Friend"))),
        new SurveyRules.Draft(SurveyQuestionKind.FREE_TEXT, both("Anything else"), List.of()));
  }

  static Survey survey() {
    Initiative initiative =
        Initiative.draft(
            new KnownPanel(UUID.randomUUID(), "mechelen", "LPS", NOW),
            "Language café",
            null,
            "c",
            NOW);
    return Survey.draft(
        initiative, "t".repeat(22), LANGUAGES, both("Your view"), threeQuestions(), NOW);
  }

  @Test
  void questionsAndOptionsGetIdsInOrder() {
    Survey survey = survey();
    assertEquals(
        List.of("q1", "q2", "q3"), survey.questions().stream().map(SurveyQuestion::id).toList());
    assertEquals(
        List.of("q2o1", "q2o2"),
        survey.questions().get(1).options().stream().map(SurveyOption::id).toList());
    assertEquals(SurveyStatus.DRAFT, survey.status());
    assertEquals("mechelen", survey.cityCode());
  }

  @Test
  void refusesDefinitionsOutsideTheRules() {
    List<SurveyRules.Draft> two = threeQuestions().subList(0, 2);
    assertThrows(InvalidSurveyException.class, () -> SurveyRules.questions(LANGUAGES, two));
    List<SurveyRules.Draft> seven = new java.util.ArrayList<>();
    for (int i = 0; i < 7; i++) {
      seven.add(threeQuestions().get(0));
    }
    assertThrows(InvalidSurveyException.class, () -> SurveyRules.questions(LANGUAGES, seven));
    List<SurveyRules.Draft> missingFrench =
        List.of(
            new SurveyRules.Draft(SurveyQuestionKind.RATING, Map.of("nl", "Nuttig?"), List.of()),
            threeQuestions().get(1),
            threeQuestions().get(2));
    assertThrows(
        InvalidSurveyException.class, () -> SurveyRules.questions(LANGUAGES, missingFrench));
    List<SurveyRules.Draft> oneOption =
        List.of(
            threeQuestions().get(0),
            new SurveyRules.Draft(SurveyQuestionKind.CHOICE, both("Pick"), List.of(both("Only"))),
            threeQuestions().get(2));
    assertThrows(InvalidSurveyException.class, () -> SurveyRules.questions(LANGUAGES, oneOption));
    List<SurveyRules.Draft> ratingWithOptions =
        List.of(
            new SurveyRules.Draft(
                SurveyQuestionKind.RATING, both("Rate"), List.of(both("a"), both("b"))),
            threeQuestions().get(1),
            threeQuestions().get(2));
    assertThrows(
        InvalidSurveyException.class, () -> SurveyRules.questions(LANGUAGES, ratingWithOptions));
    assertThrows(InvalidSurveyException.class, () -> SurveyRules.languages(List.of("nl", "nl")));
    assertThrows(InvalidSurveyException.class, () -> SurveyRules.languages(List.of("NL")));
  }

  @Test
  void opensThenClosesAndNothingElse() {
    Survey survey = survey();
    assertThrows(InvalidSurveyException.class, () -> survey.moveTo(SurveyStatus.CLOSED, NOW));
    survey.moveTo(SurveyStatus.OPEN, NOW);
    assertEquals(List.of(SurveyStatus.CLOSED), survey.allowedTransitions());
    survey.moveTo(SurveyStatus.CLOSED, NOW);
    assertEquals(List.of(), survey.allowedTransitions());
    assertThrows(InvalidSurveyException.class, () -> survey.moveTo(SurveyStatus.OPEN, NOW));
    assertThrows(
        InvalidSurveyException.class,
        () -> survey.redefine(LANGUAGES, both("x"), threeQuestions(), NOW));
  }

  @Test
  void answersMustFitTheirQuestions() {
    Survey survey = survey();
    List<SurveyAnswer> ok =
        SurveyAnswers.accept(
            survey,
            List.of(
                new SurveyAnswer("q1", 4, null, null),
                new SurveyAnswer("q2", null, "q2o2", null),
                new SurveyAnswer("q3", null, null, "  Call 0470 12 34 56 ")));
    assertEquals("Call […]", ok.get(2).text());
    assertThrows(InvalidAnswerException.class, () -> SurveyAnswers.accept(survey, List.of()));
    assertThrows(
        InvalidAnswerException.class,
        () -> SurveyAnswers.accept(survey, List.of(new SurveyAnswer("q1", 6, null, null))));
    assertThrows(
        InvalidAnswerException.class,
        () -> SurveyAnswers.accept(survey, List.of(new SurveyAnswer("q2", null, "q2o9", null))));
    assertThrows(
        InvalidAnswerException.class,
        () -> SurveyAnswers.accept(survey, List.of(new SurveyAnswer("q1", null, "q2o1", null))));
    assertThrows(
        InvalidAnswerException.class,
        () -> SurveyAnswers.accept(survey, List.of(new SurveyAnswer("q4", 3, null, null))));
    assertThrows(
        InvalidAnswerException.class,
        () ->
            SurveyAnswers.accept(
                survey,
                List.of(
                    new SurveyAnswer("q1", 3, null, null), new SurveyAnswer("q1", 2, null, null))));
    assertThrows(
        InvalidAnswerException.class,
        () -> SurveyAnswers.accept(survey, List.of(new SurveyAnswer("q3", null, null, "   "))));
  }

  @Test
  void talliesCountsMeansDistributionsAndApprovedQuotes() {
    Survey survey = survey();
    SurveyTally.Results results =
        SurveyTally.of(
            survey,
            List.of(
                new SurveyTally.Count("q1", "5", 2),
                new SurveyTally.Count("q1", "2", 1),
                new SurveyTally.Count("q2", "q2o1", 3)),
            Map.of("q3", 2L),
            Map.of("q3", List.of("Great idea")));
    SurveyTally.QuestionResult rating = results.questions().get(0);
    assertEquals(3, rating.answers());
    assertEquals(4.0, rating.mean());
    assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(rating.distribution().keySet()));
    assertEquals(2L, rating.distribution().get("5"));
    SurveyTally.QuestionResult choice = results.questions().get(1);
    assertNull(choice.mean());
    assertEquals(Map.of("q2o1", 3L, "q2o2", 0L), choice.distribution());
    SurveyTally.QuestionResult text = results.questions().get(2);
    assertEquals(2, text.answers());
    assertEquals(List.of("Great idea"), text.quotes());
    assertEquals(false, results.publicEnough(), "no response counted on this survey");
  }
}
