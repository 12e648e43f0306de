package eu.cohesion.panel.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Invariants of a panel's texts and term. The REST layer validates the same limits first so that
 * callers get per-field messages; these checks keep the entity sound whoever creates it.
 */
public final class PanelRules {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;
  public static final int MANDATE_MAX_LENGTH = 4000;

  /** The languages of the network's towns and of its web app: a mandate may be written in each. */
  public static final Set<String> LANGUAGES =
      Set.of("en", "da", "de", "et", "fr", "it", "lt", "lv", "nl", "sl", "sq");

  private PanelRules() {}

  /**
   * Trims and collapses inner whitespace, so that "Local Panel " and "Local Panel" are one name for
   * the uniqueness rule (unique per town, ignoring case).
   */
  public static String name(String raw) {
    String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a panel name must not be blank");
    }
    if (name.length() > NAME_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a panel name has at most " + NAME_MAX_LENGTH + " characters");
    }
    return name;
  }

  /** An empty description is no description. */
  public static String description(String raw) {
    String description = raw == null ? "" : raw.strip();
    if (description.length() > DESCRIPTION_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a panel description has at most " + DESCRIPTION_MAX_LENGTH + " characters");
    }
    return description.isEmpty() ? null : description;
  }

  /**
   * The mandate in the languages it was written in, texts trimmed, blank ones dropped (a town that
   * clears a translation removes it). An edit keeps at least one language.
   *
   * @throws InvalidPanelException an unknown language, an oversized text, no text at all
   */
  public static Map<String, String> mandate(Map<String, String> raw) {
    Map<String, String> mandate = new TreeMap<>();
    if (raw != null) {
      raw.forEach(
          (language, text) -> {
            if (!LANGUAGES.contains(language)) {
              throw new InvalidPanelException(
                  "a mandate is written in the network's languages, not in " + language);
            }
            String stripped = text == null ? "" : text.strip();
            if (stripped.length() > MANDATE_MAX_LENGTH) {
              throw new InvalidPanelException(
                  "a mandate has at most " + MANDATE_MAX_LENGTH + " characters per language");
            }
            if (!stripped.isEmpty()) {
              mandate.put(language, stripped);
            }
          });
    }
    if (mandate.isEmpty()) {
      throw new InvalidPanelException("a mandate has a text in at least one language");
    }
    return mandate;
  }

  /**
   * Both dates or neither; the term ends after it starts.
   *
   * @throws InvalidPanelException otherwise
   */
  public static void term(LocalDate start, LocalDate end) {
    if ((start == null) != (end == null)) {
      throw new InvalidPanelException("a term has both a start and an end date");
    }
    if (start != null && !end.isAfter(start)) {
      throw new InvalidPanelException("a term ends after it starts");
    }
  }
}
