package eu.cohesion.practice.domain.discussion;

import eu.cohesion.kit.problem.RuleViolationException;

/** A text of the discussion that breaks its rules (see {@link DiscussionText}). */
public class TextRefusedException extends RuleViolationException {

  private TextRefusedException(String slug, String title, String detail) {
    super(slug, title, detail);
  }

  static TextRefusedException length(String field, int min, int max, int length) {
    return new TextRefusedException(
        "text-length",
        "Text too short or too long",
        field + " must be " + min + " to " + max + " characters, not " + length);
  }

  static TextRefusedException markup(String field) {
    return new TextRefusedException(
        "markup-refused",
        "Markup refused",
        field + " must be plain text: HTML tags and entities are not accepted");
  }
}
