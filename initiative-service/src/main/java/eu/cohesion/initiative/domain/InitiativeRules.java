package eu.cohesion.initiative.domain;

import java.util.Set;
import java.util.TreeSet;

/**
 * Invariants of an initiative's texts. The REST layer validates the same limits first so that
 * callers get per-field messages; these checks keep the entities sound whoever creates them.
 */
public final class InitiativeRules {

  public static final int TITLE_MAX_LENGTH = 200;
  public static final int SUMMARY_MAX_LENGTH = 4000;
  public static final int REASON_MAX_LENGTH = 1000;
  public static final int CONCLUSION_MAX_LENGTH = 4000;
  public static final int REVIEW_REASON_MAX_LENGTH = 2000;
  public static final int PARTNER_MAX_LENGTH = 200;
  public static final int MILESTONE_TITLE_MAX_LENGTH = 200;
  public static final int MAX_PARTNERS = 30;
  public static final int MAX_MILESTONES = 50;

  /** The languages of the network's towns and of its web app, as in panel-service. */
  public static final Set<String> LANGUAGES =
      Set.of("en", "da", "de", "et", "fr", "it", "lt", "lv", "nl", "sl", "sq");

  private InitiativeRules() {}

  public static String title(String raw) {
    return required("title", raw, TITLE_MAX_LENGTH);
  }

  /** An empty summary is no summary. */
  public static String summary(String raw) {
    String summary = raw == null ? "" : raw.strip();
    if (summary.length() > SUMMARY_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a summary has at most " + SUMMARY_MAX_LENGTH + " characters");
    }
    return summary.isEmpty() ? null : summary;
  }

  public static String language(String code) {
    if (!LANGUAGES.contains(code)) {
      throw new InvalidContentException(
          code + " is no language of the network; one of " + new TreeSet<>(LANGUAGES));
    }
    return code;
  }

  public static String partner(String raw) {
    return required("partner", raw, PARTNER_MAX_LENGTH);
  }

  public static String milestoneTitle(String raw) {
    return required("milestone title", raw, MILESTONE_TITLE_MAX_LENGTH);
  }

  public static String reason(String raw) {
    return required("reason", raw, REASON_MAX_LENGTH);
  }

  public static String conclusion(String raw) {
    return required("conclusion", raw, CONCLUSION_MAX_LENGTH);
  }

  /** Why a reviewer gave a score; required with every score. */
  public static String reviewReason(String raw) {
    return required("reason", raw, REVIEW_REASON_MAX_LENGTH);
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
