package eu.cohesion.practice.domain.discussion;

import java.util.regex.Pattern;

/**
 * The rules every text of the discussion keeps: trimmed, within its length, and plain text. Markup
 * (an HTML or XML tag, a comment, an entity such as {@code &lt;}) is refused rather than escaped or
 * stripped, so what the author sent is exactly what others read; the web app renders it as plain
 * text and turns only http(s) URLs into links.
 */
public final class DiscussionText {

  public static final int BODY_MIN_LENGTH = 2;
  public static final int BODY_MAX_LENGTH = 4000;
  public static final int TITLE_MIN_LENGTH = 2;
  public static final int TITLE_MAX_LENGTH = 200;
  public static final int REASON_MIN_LENGTH = 2;
  public static final int REASON_MAX_LENGTH = 500;

  /**
   * A tag ({@code <b>}, {@code </p>}, {@code <img src=x>}), a comment or declaration ({@code <!--},
   * {@code <!DOCTYPE}), a processing instruction ({@code <?xml}) or a character entity ({@code
   * &amp;}, {@code &#60;}, {@code &#x3c;}). "a < b", "<3" and "fish & chips" stay text.
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          "</?[A-Za-z][^>]*>|<[!?]|&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  private DiscussionText() {}

  public static String body(String text) {
    return check("body", text, BODY_MIN_LENGTH, BODY_MAX_LENGTH);
  }

  public static String title(String text) {
    return check("title", text, TITLE_MIN_LENGTH, TITLE_MAX_LENGTH);
  }

  public static String reason(String text) {
    return check("reason", text, REASON_MIN_LENGTH, REASON_MAX_LENGTH);
  }

  /** An optional reason (a report): null or blank is none. */
  public static String optionalReason(String text) {
    return text == null || text.isBlank() ? null : reason(text);
  }

  /**
   * @return the text without surrounding white space
   * @throws TextRefusedException 422 when too short or too long, or markup-refused when it holds
   *     markup
   */
  static String check(String field, String text, int min, int max) {
    String trimmed = text == null ? "" : text.strip();
    int length = trimmed.codePointCount(0, trimmed.length());
    if (length < min || length > max) {
      throw TextRefusedException.length(field, min, max, length);
    }
    if (MARKUP.matcher(trimmed).find()) {
      throw TextRefusedException.markup(field);
    }
    return trimmed;
  }
}
