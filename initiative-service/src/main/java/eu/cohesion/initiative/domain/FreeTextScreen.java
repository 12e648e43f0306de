package eu.cohesion.initiative.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes e-mail addresses and phone numbers from a resident's free-text answer before it is
 * stored, so that no contact detail a resident typed (their own or someone else's) ever reaches the
 * database. Redacting rather than refusing keeps the rest of the answer: a resident who signs with
 * an address still has their opinion counted. Each removed detail becomes {@link #MARK}.
 *
 * <p>Phone numbers: a run of digits with single separators (space, dot, dash, slash, parentheses),
 * counted as a number when it has at least 9 digits, or at least 7 when it starts with {@code +} or
 * {@code 0} (international and trunk prefixes), so years, amounts and postcodes stay. E-mail
 * addresses: {@code local@domain.tld}, also written {@code (at)} or {@code [at]}.
 */
public final class FreeTextScreen {

  /** What replaces each removed detail: language-neutral, visibly an omission. */
  public static final String MARK = "[…]";

  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+\\-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}\\-]+"
              + "(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DIGIT_RUN =
      Pattern.compile("(?<![\\p{N}+])\\+?\\(?\\d(?:[ .\\-/()]{1,2}\\d|\\d)*");

  private static final int DIGITS = 9;
  private static final int DIGITS_WITH_PREFIX = 7;

  /**
   * @param text the screened text
   * @param redactions how many details were removed
   */
  public record Screened(String text, int redactions) {}

  private FreeTextScreen() {}

  public static Screened screen(String raw) {
    int[] count = {0};
    String withoutEmails = replace(EMAIL.matcher(raw), count, match -> true);
    String withoutPhones =
        replace(DIGIT_RUN.matcher(withoutEmails), count, FreeTextScreen::isPhone);
    return new Screened(withoutPhones, count[0]);
  }

  private static boolean isPhone(String run) {
    long digits = run.chars().filter(Character::isDigit).count();
    boolean prefixed = run.startsWith("+") || run.startsWith("0") || run.startsWith("(0");
    return digits >= DIGITS || (prefixed && digits >= DIGITS_WITH_PREFIX);
  }

  private interface Test {
    boolean matches(String match);
  }

  private static String replace(Matcher matcher, int[] count, Test test) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      if (test.matches(matcher.group())) {
        count[0]++;
        matcher.appendReplacement(out, Matcher.quoteReplacement(MARK));
      }
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
