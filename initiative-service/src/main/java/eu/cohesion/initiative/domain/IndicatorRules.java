package eu.cohesion.initiative.domain;

import java.math.BigDecimal;

/**
 * Invariants of indicators and measurements. The REST layer validates the same limits first so that
 * callers get per-field messages; these checks keep the entities sound whoever creates them.
 */
public final class IndicatorRules {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int UNIT_MAX_LENGTH = 40;
  public static final int SOURCE_MAX_LENGTH = 200;
  public static final int NOTE_MAX_LENGTH = 1000;

  /** numeric(19, 4): 15 digits before the point, 4 after. */
  public static final String MAX_VALUE = "999999999999999.9999";

  private IndicatorRules() {}

  /**
   * A target equal to the baseline or on its worse side makes progress meaningless (422).
   *
   * @throws IndicatorRuleException when the target is not beyond the baseline in the direction
   */
  public static void requireTargetBeyondBaseline(
      BigDecimal baseline, BigDecimal target, Direction direction) {
    int comparison = target.compareTo(baseline);
    boolean better = direction == Direction.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0;
    if (!better) {
      throw new IndicatorRuleException(
          direction == Direction.HIGHER_IS_BETTER
              ? "with HIGHER_IS_BETTER the target must be above the baseline"
              : "with LOWER_IS_BETTER the target must be below the baseline");
    }
  }

  public static String name(String raw) {
    return required("name", raw, NAME_MAX_LENGTH);
  }

  public static String unit(String raw) {
    return required("unit", raw, UNIT_MAX_LENGTH);
  }

  public static String source(String raw) {
    return required("source", raw, SOURCE_MAX_LENGTH);
  }

  /** An empty note is no note. */
  public static String note(String raw) {
    String note = raw == null ? "" : raw.strip();
    if (note.length() > NOTE_MAX_LENGTH) {
      throw new IllegalArgumentException("a note has at most " + NOTE_MAX_LENGTH + " characters");
    }
    return note.isEmpty() ? null : note;
  }

  private static String required(String what, String raw, int maxLength) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a " + what + " must not be blank");
    }
    if (text.length() > maxLength) {
      throw new IllegalArgumentException("a " + what + " has at most " + maxLength + " characters");
    }
    return text;
  }
}
