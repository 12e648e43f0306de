package eu.cohesion.practice.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the search index holds of one published practice: its texts in each language it is written
 * in, and the values it is counted under in the facets. Plain Java, so that the benchmark
 * (bench/search) writes its generated practices through the very same statement.
 *
 * @param language the original language, {@code null} when the practice names none
 * @param texts one entry per language, the original first
 * @param transferCount 0 until transfers exist
 */
public record SearchDocument(
    UUID practiceId,
    String city,
    String outcome,
    String language,
    List<LanguageText> texts,
    List<String> themes,
    List<String> targetGroups,
    List<String> sdgTargets,
    int transferCount,
    Instant publishedAt,
    String title,
    String summary) {

  public SearchDocument {
    Objects.requireNonNull(practiceId, "practiceId");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(title, "title");
    texts = List.copyOf(texts);
    themes = List.copyOf(themes);
    targetGroups = List.copyOf(targetGroups);
    sdgTargets = List.copyOf(sdgTargets);
  }

  /**
   * The texts of one language: the title weighs most, then the summary, then everything else.
   *
   * @param language a town language (en, de, ...) or {@code null} when unknown
   * @param body the other sections joined: context, approach, results, resources, ...
   */
  public record LanguageText(String language, String title, String summary, String body) {}
}
