package eu.cohesion.practice.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the network admin checks before a practice is published, and what a published practice must
 * keep meeting when it is edited:
 *
 * <ul>
 *   <li>{@link Item#SECTIONS_FILLED}: every section has text;
 *   <li>{@link Item#EVIDENCE_PRESENT}: the conclusion carried review results or indicator outcomes,
 *       or the results section states a measured figure;
 *   <li>{@link Item#NO_PERSONAL_DATA}: no text holds an e-mail address or a phone number (a
 *       practice names a contact role, not a person).
 * </ul>
 */
public final class ValidationChecklist {

  /** One line of the checklist. */
  public enum Item {
    SECTIONS_FILLED,
    EVIDENCE_PRESENT,
    NO_PERSONAL_DATA
  }

  /**
   * The outcome of one line.
   *
   * @param fields the sections that fail it, as the API names them (empty when it passes, and for
   *     missing evidence, which belongs to no one section but results)
   */
  public record Check(Item item, boolean passed, List<String> fields) {

    public Check {
      fields = List.copyOf(fields);
    }
  }

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  /**
   * A run that starts like a phone number (international "+" or "00", or a national leading 0) and
   * holds digits with the usual separators; it is one when it has at least eight digits. Amounts,
   * years and ranges do not start with 0 or +, nor do the later digit groups of an amount.
   */
  private static final Pattern PHONE_CANDIDATE =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<!\\p{N}[ ./-])(\\+|0)[\\d ()./-]{6,}\\d");

  private static final int PHONE_MIN_DIGITS = 8;
  private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

  private final List<Check> checks;

  private ValidationChecklist(List<Check> checks) {
    this.checks = List.copyOf(checks);
  }

  public static ValidationChecklist of(PracticeText text, PracticeEvidence evidence) {
    Map<String, String> sections = sections(text);
    List<String> blank = new ArrayList<>();
    List<String> personal = new ArrayList<>();
    sections.forEach(
        (field, value) -> {
          if (value == null || value.isBlank()) {
            blank.add(field);
          } else if (holdsPersonalData(value)) {
            personal.add(field);
          }
        });
    boolean evidencePresent =
        evidence.reviewResults() != null
            || !evidence.indicatorOutcomes().isEmpty()
            || (text.results() != null && DIGIT.matcher(text.results()).find());
    return new ValidationChecklist(
        List.of(
            new Check(Item.SECTIONS_FILLED, blank.isEmpty(), blank),
            new Check(
                Item.EVIDENCE_PRESENT,
                evidencePresent,
                evidencePresent ? List.of() : List.of("results")),
            new Check(Item.NO_PERSONAL_DATA, personal.isEmpty(), personal)));
  }

  /** Every line, in checklist order. */
  public List<Check> checks() {
    return checks;
  }

  public List<Check> failing() {
    return checks.stream().filter(check -> !check.passed()).toList();
  }

  public boolean passes() {
    return failing().isEmpty();
  }

  /** The texts in the order the API and the page show them. */
  private static Map<String, String> sections(PracticeText text) {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("title", text.title());
    sections.put("summary", text.summary());
    sections.put("context", text.context());
    sections.put("approach", text.approach());
    sections.put("results", text.results());
    sections.put("resources", text.resources());
    sections.put("transferability", text.transferability());
    sections.put("lessons", text.lessons());
    return sections;
  }

  static boolean holdsPersonalData(String value) {
    if (EMAIL.matcher(value).find()) {
      return true;
    }
    Matcher candidate = PHONE_CANDIDATE.matcher(value);
    while (candidate.find()) {
      if (DIGIT.matcher(candidate.group()).results().count() >= PHONE_MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }
}
