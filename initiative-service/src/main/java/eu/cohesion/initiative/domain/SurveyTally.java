package eu.cohesion.initiative.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregates the stored answers of a survey: per question how many answered, for a rating the
 * distribution 1–5 and the mean, for a choice the count per option, for a free text how many wrote
 * one and the approved quotes. Public only from {@link #PUBLIC_MINIMUM} responses on, like every
 * aggregate about residents on this platform.
 */
public final class SurveyTally {

  public static final int PUBLIC_MINIMUM = 5;

  /** How many answers a question got with one value (a rating 1–5 or an option id). */
  public record Count(String questionId, String value, long count) {}

  /**
   * @param distribution for a rating the keys "1" … "5", for a choice the option ids, in order;
   *     empty for a free text
   * @param mean of a rating, null for other kinds or without answers
   * @param quotes the approved quotes of a free text
   */
  public record QuestionResult(
      String questionId,
      SurveyQuestionKind kind,
      long answers,
      Map<String, Long> distribution,
      Double mean,
      List<String> quotes) {}

  public record Results(int responses, boolean publicEnough, List<QuestionResult> questions) {}

  private SurveyTally() {}

  /**
   * @param counts rating and choice answers grouped by question and value
   * @param texts free-text answers per question id (approved or not)
   * @param approvedQuotes approved quote texts per question id
   */
  public static Results of(
      Survey survey,
      List<Count> counts,
      Map<String, Long> texts,
      Map<String, List<String>> approvedQuotes) {
    List<QuestionResult> results = new ArrayList<>();
    for (SurveyQuestion question : survey.questions()) {
      results.add(tally(question, counts, texts, approvedQuotes));
    }
    return new Results(
        survey.responseCount(), survey.responseCount() >= PUBLIC_MINIMUM, List.copyOf(results));
  }

  private static QuestionResult tally(
      SurveyQuestion question,
      List<Count> counts,
      Map<String, Long> texts,
      Map<String, List<String>> approvedQuotes) {
    Map<String, Long> distribution = new LinkedHashMap<>();
    switch (question.kind()) {
      case RATING -> {
        for (int value = 1; value <= 5; value++) {
          distribution.put(String.valueOf(value), 0L);
        }
      }
      case CHOICE -> question.options().forEach(o -> distribution.put(o.id(), 0L));
      case FREE_TEXT -> {
        long written = texts.getOrDefault(question.id(), 0L);
        return new QuestionResult(
            question.id(),
            question.kind(),
            written,
            Map.of(),
            null,
            List.copyOf(approvedQuotes.getOrDefault(question.id(), List.of())));
      }
      default -> throw new IllegalStateException("unknown kind " + question.kind());
    }
    for (Count count : counts) {
      if (count.questionId().equals(question.id()) && distribution.containsKey(count.value())) {
        distribution.merge(count.value(), count.count(), Long::sum);
      }
    }
    long answers = distribution.values().stream().mapToLong(Long::longValue).sum();
    Double mean = null;
    if (question.kind() == SurveyQuestionKind.RATING && answers > 0) {
      long sum =
          distribution.entrySet().stream()
              .mapToLong(e -> Integer.parseInt(e.getKey()) * e.getValue())
              .sum();
      mean = Math.round(100.0 * sum / answers) / 100.0;
    }
    return new QuestionResult(
        question.id(),
        question.kind(),
        answers,
        Collections.unmodifiableMap(distribution),
        mean,
        List.of());
  }
}
