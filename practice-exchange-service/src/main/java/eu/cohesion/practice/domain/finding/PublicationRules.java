package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.vocabulary.NetworkLanguages;
import eu.cohesion.kit.vocabulary.SdgTargets;
import eu.cohesion.kit.vocabulary.Theme;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/** Limits and normalisation shared by findings and recommendations. */
public final class PublicationRules {

  public static final int STATEMENT_MAX_LENGTH = 500;
  public static final int TEXT_MAX_LENGTH = 8000;
  public static final int REASON_MAX_LENGTH = 2000;
  public static final int MAX_CITATIONS = 50;
  public static final int MAX_ACTIONS = 20;
  public static final int ACTION_MAX_LENGTH = 1000;
  public static final int MAX_FINDINGS = 20;

  private PublicationRules() {}

  /** Blank is {@code null}, surrounding white space is dropped; 400-worthy when too long. */
  static String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return stripped;
  }

  static String required(String field, String value, int maxLength) {
    String text = text(field, value, maxLength);
    if (text == null) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return text;
  }

  static String language(String language) {
    String code = language == null ? NetworkLanguages.WORKING_LANGUAGE : language;
    if (!NetworkLanguages.isValid(code)) {
      throw PublicationRuleException.classification(
          code + " is no network language; valid: " + NetworkLanguages.ALL);
    }
    return code;
  }

  static List<Theme> themes(List<Theme> themes) {
    EnumSet<Theme> set = EnumSet.noneOf(Theme.class);
    if (themes != null) {
      set.addAll(themes);
    }
    return List.copyOf(set);
  }

  static List<String> sdgTargets(List<String> sdgTargets) {
    TreeSet<String> targets = new TreeSet<>(Comparator.comparingInt(SdgTargets::rank));
    for (String target : sdgTargets == null ? List.<String>of() : sdgTargets) {
      if (!SdgTargets.isValid(target)) {
        throw PublicationRuleException.classification(
            target + " is no SDG target of goals 10 and 11; valid: " + SdgTargets.ALL);
      }
      targets.add(target);
    }
    return List.copyOf(targets);
  }

  static String reason(String reason) {
    String why = text("reason", reason, REASON_MAX_LENGTH);
    if (why == null) {
      throw new IllegalArgumentException("a withdrawal needs a reason");
    }
    return why;
  }
}
