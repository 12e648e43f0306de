package eu.cohesion.initiative.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a survey definition acceptable: 3–6 questions, every text in every language of the
 * survey, 2–8 options for a choice and none otherwise. Builds the stored questions with their ids.
 */
public final class SurveyRules {

  public static final int MIN_QUESTIONS = 3;
  public static final int MAX_QUESTIONS = 6;
  public static final int MIN_OPTIONS = 2;
  public static final int MAX_OPTIONS = 8;
  public static final int MAX_LANGUAGES = 11;
  public static final int TEXT_MAX_LENGTH = 300;
  public static final int ANSWER_TEXT_MAX_LENGTH = 1000;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** A question as the coordinator writes it, before it gets its id. */
  public record Draft(
      SurveyQuestionKind kind, Map<String, String> text, List<Map<String, String>> options) {}

  private SurveyRules() {}

  /** The languages, each an ISO 639-1 code, once, 1 to 11 of them, in the given order. */
  public static List<String> languages(List<String> languages) {
    if (languages == null || languages.isEmpty() || languages.size() > MAX_LANGUAGES) {
      throw new InvalidSurveyException("a survey has 1 to " + MAX_LANGUAGES + " languages");
    }
    Set<String> seen = new HashSet<>();
    for (String language : languages) {
      if (language == null || !LANGUAGE.matcher(language).matches()) {
        throw new InvalidSurveyException("a language is a two-letter code such as nl: " + language);
      }
      if (!seen.add(language)) {
        throw new InvalidSurveyException("language " + language + " is listed twice");
      }
    }
    return List.copyOf(languages);
  }

  /** The survey's heading residents see first, in every language of the survey. */
  public static Map<String, String> title(List<String> languages, Map<String, String> raw) {
    return text("title", languages, raw);
  }

  /** The questions with ids q1, q2, … and their options' ids q1o1, q1o2, …. */
  public static List<SurveyQuestion> questions(List<String> languages, List<Draft> drafts) {
    if (drafts == null || drafts.size() < MIN_QUESTIONS || drafts.size() > MAX_QUESTIONS) {
      throw new InvalidSurveyException(
          "a survey has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions");
    }
    List<SurveyQuestion> questions = new ArrayList<>();
    for (int q = 0; q < drafts.size(); q++) {
      Draft draft = drafts.get(q);
      String id = "q" + (q + 1);
      if (draft == null || draft.kind() == null) {
        throw new InvalidSurveyException(id + " has no kind");
      }
      List<Map<String, String>> rawOptions = draft.options() == null ? List.of() : draft.options();
      List<SurveyOption> options = new ArrayList<>();
      if (draft.kind() == SurveyQuestionKind.CHOICE) {
        if (rawOptions.size() < MIN_OPTIONS || rawOptions.size() > MAX_OPTIONS) {
          throw new InvalidSurveyException(
              id + ": a choice has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options");
        }
        for (int o = 0; o < rawOptions.size(); o++) {
          String optionId = id + "o" + (o + 1);
          options.add(new SurveyOption(optionId, text(optionId, languages, rawOptions.get(o))));
        }
      } else if (!rawOptions.isEmpty()) {
        throw new InvalidSurveyException(id + ": only a choice has options");
      }
      questions.add(
          new SurveyQuestion(id, draft.kind(), text(id, languages, draft.text()), options));
    }
    return List.copyOf(questions);
  }

  /** Exactly the survey's languages, each text stripped, non-blank and at most 300 characters. */
  private static Map<String, String> text(
      String where, List<String> languages, Map<String, String> raw) {
    if (raw == null || !raw.keySet().equals(Set.copyOf(languages))) {
      throw new InvalidSurveyException(
          where + ": give the text in exactly the survey's languages " + languages);
    }
    Map<String, String> text = new LinkedHashMap<>();
    for (String language : languages) {
      String value = raw.get(language) == null ? "" : raw.get(language).strip();
      if (value.isEmpty() || value.length() > TEXT_MAX_LENGTH) {
        throw new InvalidSurveyException(
            where + " (" + language + "): a text has 1 to " + TEXT_MAX_LENGTH + " characters");
      }
      text.put(language, value);
    }
    return text;
  }
}
