package eu.cohesion.practice.domain;

/** Limits and normalisation of a good practice's texts. */
public final class PracticeRules {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int SUMMARY_MAX_LENGTH = 2000;

  /** Limit of each of the long texts: context, approach, results, resources, ... */
  public static final int TEXT_MAX_LENGTH = 8000;

  /** Limit of the reason a practice is returned or unpublished with. */
  public static final int REASON_MAX_LENGTH = 2000;

  private PracticeRules() {}

  /**
   * Surrounding white space carries no meaning and an empty text is no text: both are stored as
   * {@code null}, so that "blank" has one representation.
   */
  static String text(String field, String value, int maxLength) {
    String normalised = normalise(value);
    if (normalised != null && normalised.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return normalised;
  }

  /** Every field of a practice's text as {@link #text} stores it, each within its limit. */
  static PracticeText text(PracticeText text) {
    return new PracticeText(
        text("title", text.title(), TITLE_MAX_LENGTH),
        text("summary", text.summary(), SUMMARY_MAX_LENGTH),
        text("context", text.context(), TEXT_MAX_LENGTH),
        text("approach", text.approach(), TEXT_MAX_LENGTH),
        text("results", text.results(), TEXT_MAX_LENGTH),
        text("resources", text.resources(), TEXT_MAX_LENGTH),
        text("transferability", text.transferability(), TEXT_MAX_LENGTH),
        text("lessons", text.lessons(), TEXT_MAX_LENGTH));
  }

  /**
   * Text taken over from initiative-service, whose limits may be wider: cut to ours, since a draft
   * is only where the coordinator starts writing.
   */
  static String fit(String value, int maxLength) {
    String normalised = normalise(value);
    if (normalised == null || normalised.length() <= maxLength) {
      return normalised;
    }
    int end =
        Character.isHighSurrogate(normalised.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
    return normalised.substring(0, end).strip();
  }

  private static String normalise(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
