package eu.cohesion.practice.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/**
 * A well-formed change of a practice's classification or translations that a rule refuses: an
 * unknown language or SDG target, a translation into the original language, a contact that names a
 * person.
 */
public class PracticeRuleException extends RuleViolationException {

  PracticeRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }

  static PracticeRuleException profile(String detail) {
    return new PracticeRuleException(
        "practice-profile-invalid", "Practice profile invalid", detail);
  }

  static PracticeRuleException translation(String detail) {
    return new PracticeRuleException(
        "practice-translation-invalid", "Practice translation invalid", detail);
  }
}
