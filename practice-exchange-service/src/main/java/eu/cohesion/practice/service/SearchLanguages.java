package eu.cohesion.practice.service;

import java.util.List;
import java.util.Map;

/**
 * The text-search configuration of each town language (migration V50): PostgreSQL's stemmer where
 * it has one, {@code simple} otherwise, each folding accents with unaccent.
 */
public final class SearchLanguages {

  static final String SIMPLE = "practice_simple";

  private static final Map<String, String> CONFIGURATIONS =
      Map.ofEntries(
          Map.entry("en", "practice_en"),
          Map.entry("de", "practice_de"),
          Map.entry("fr", "practice_fr"),
          Map.entry("it", "practice_it"),
          Map.entry("nl", "practice_nl"),
          Map.entry("da", "practice_da"),
          Map.entry("lt", "practice_lt"),
          Map.entry("et", SIMPLE),
          Map.entry("lv", SIMPLE),
          Map.entry("sl", SIMPLE),
          Map.entry("sq", SIMPLE));

  /** Every configuration once: a query is parsed with each, so it matches in any language. */
  static final List<String> ALL = CONFIGURATIONS.values().stream().distinct().sorted().toList();

  private SearchLanguages() {}

  /** The configuration of a language; {@code simple} for one unknown or not given. */
  static String configuration(String language) {
    return language == null ? SIMPLE : CONFIGURATIONS.getOrDefault(language, SIMPLE);
  }
}
