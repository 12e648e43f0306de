package eu.cohesion.practice.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A practice's text as a reader asked for it: each field in the requested language where it is
 * translated, otherwise in the original, and marked so that a reader always knows which they read.
 *
 * @param requested the language asked for
 * @param fields title, summary, context, approach, results, resources, transferability, lessons in
 *     that order
 */
public record PracticeReading(String requested, List<Field> fields) {

  /** Where a field's text comes from. */
  public enum Source {
    /** The practice's own text, in its original language. */
    ORIGINAL,
    /** A translation into the requested language. */
    TRANSLATED,
    /** The original, because the field is not translated into the requested language. */
    FALLBACK
  }

  /**
   * @param text {@code null} when the field is blank in the original too
   * @param language the language {@code text} is in
   */
  public record Field(String name, String text, String language, Source source) {}

  private static final List<String> NAMES =
      List.of(
          "title",
          "summary",
          "context",
          "approach",
          "results",
          "resources",
          "transferability",
          "lessons");

  private static final List<Function<PracticeText, String>> GETTERS =
      List.of(
          PracticeText::title,
          PracticeText::summary,
          PracticeText::context,
          PracticeText::approach,
          PracticeText::results,
          PracticeText::resources,
          PracticeText::transferability,
          PracticeText::lessons);

  /**
   * @param original the practice's text
   * @param language its original language
   * @param translation the translation into {@code requested}, if there is one
   */
  public static PracticeReading of(
      PracticeText original,
      String language,
      String requested,
      Optional<PracticeText> translation) {
    return new PracticeReading(
        requested,
        fields(
            NAMES,
            GETTERS.stream().map(get -> get.apply(original)).toList(),
            language,
            requested,
            translation.map(text -> GETTERS.stream().map(get -> get.apply(text)).toList())));
  }

  /**
   * The rule of every multilingual text of the service (practices, findings, recommendations): each
   * field in the requested language where it is translated, otherwise in the original, marked.
   *
   * @param own the original's fields, in the order of {@code names}
   * @param translated the translation's fields in that order ({@code null} where a field is not
   *     translated), if there is a translation into {@code requested}
   */
  public static List<Field> fields(
      List<String> names,
      List<String> own,
      String language,
      String requested,
      Optional<List<String>> translated) {
    boolean wantsOriginal = requested.equals(language);
    return IntStream.range(0, names.size())
        .mapToObj(
            i -> {
              String text = own.get(i);
              String translation = translated.map(t -> t.get(i)).orElse(null);
              if (wantsOriginal) {
                return new Field(names.get(i), text, language, Source.ORIGINAL);
              }
              if (translation != null) {
                return new Field(names.get(i), translation, requested, Source.TRANSLATED);
              }
              return new Field(names.get(i), text, language, Source.FALLBACK);
            })
        .toList();
  }
}
