package eu.cohesion.initiative.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one resident's answers against the survey and prepares them for storage: at most one
 * answer per question, each of the question's kind, free text screened by {@link FreeTextScreen}.
 * Unanswered questions are allowed (a resident may skip any), an empty submission is not.
 */
public final class SurveyAnswers {

  private SurveyAnswers() {}

  public static List<SurveyAnswer> accept(Survey survey, List<SurveyAnswer> submitted) {
    if (submitted == null || submitted.isEmpty()) {
      throw new InvalidAnswerException("answer at least one question");
    }
    Set<String> answered = new HashSet<>();
    List<SurveyAnswer> accepted = new ArrayList<>();
    for (SurveyAnswer answer : submitted) {
      SurveyQuestion question =
          survey
              .question(answer.questionId())
              .orElseThrow(
                  () -> new InvalidAnswerException("no question " + answer.questionId() + " here"));
      if (!answered.add(question.id())) {
        throw new InvalidAnswerException(question.id() + " is answered twice");
      }
      SurveyAnswer checked = check(question, answer);
      if (checked != null) {
        accepted.add(checked);
      }
    }
    if (accepted.isEmpty()) {
      throw new InvalidAnswerException("answer at least one question");
    }
    return List.copyOf(accepted);
  }

  /** The stored form of the answer, or null for a blank text (a skipped question). */
  private static SurveyAnswer check(SurveyQuestion question, SurveyAnswer answer) {
    String id = question.id();
    switch (question.kind()) {
      case RATING -> {
        if (answer.rating() == null || answer.choice() != null || answer.text() != null) {
          throw new InvalidAnswerException(id + " asks for a rating only");
        }
        if (answer.rating() < 1 || answer.rating() > 5) {
          throw new InvalidAnswerException(id + ": a rating is 1 to 5");
        }
        return new SurveyAnswer(id, answer.rating(), null, null);
      }
      case CHOICE -> {
        if (answer.choice() == null || answer.rating() != null || answer.text() != null) {
          throw new InvalidAnswerException(id + " asks for one option only");
        }
        boolean known = question.options().stream().anyMatch(o -> o.id().equals(answer.choice()));
        if (!known) {
          throw new InvalidAnswerException(id + " has no option " + answer.choice());
        }
        return new SurveyAnswer(id, null, answer.choice(), null);
      }
      case FREE_TEXT -> {
        if (answer.text() == null || answer.rating() != null || answer.choice() != null) {
          throw new InvalidAnswerException(id + " asks for a text only");
        }
        String text = answer.text().strip();
        if (text.length() > SurveyRules.ANSWER_TEXT_MAX_LENGTH) {
          throw new InvalidAnswerException(
              id + ": a text has at most " + SurveyRules.ANSWER_TEXT_MAX_LENGTH + " characters");
        }
        if (text.isEmpty()) {
          return null;
        }
        return new SurveyAnswer(id, null, null, FreeTextScreen.screen(text).text());
      }
      default -> throw new IllegalStateException("unknown kind " + question.kind());
    }
  }
}
