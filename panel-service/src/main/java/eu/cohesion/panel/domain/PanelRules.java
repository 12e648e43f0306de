package eu.cohesion.panel.domain;

/**
 * Invariants of a panel's texts. The REST layer validates the same limits first so that callers get
 * per-field messages; these checks keep the entity sound whoever creates it.
 */
public final class PanelRules {

  public static final int NAME_MAX_LENGTH = 200;
  public static final int DESCRIPTION_MAX_LENGTH = 2000;

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
}
