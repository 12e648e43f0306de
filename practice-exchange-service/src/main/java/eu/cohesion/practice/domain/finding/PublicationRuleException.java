package eu.cohesion.practice.domain.finding;

import eu.cohesion.kit.problem.RuleViolationException;

/**
 * A well-formed change of a finding or recommendation that a rule refuses (422): an illegal
 * lifecycle step, a change of a withdrawn one, an empty translation, an endorsement twice.
 */
public class PublicationRuleException extends RuleViolationException {

  PublicationRuleException(String slug, String title, String detail) {
    super(slug, title, detail);
  }

  static PublicationRuleException illegalTransition(
      String what, PublicationStatus from, PublicationStatus to) {
    return new PublicationRuleException(
        "illegal-transition",
        "Illegal lifecycle step",
        "a " + what + " in status " + from + " cannot become " + to);
  }

  static PublicationRuleException withdrawn(String what) {
    return new PublicationRuleException(
        "withdrawn", "Withdrawn", "a withdrawn " + what + " is kept as it was and not changed");
  }

  static PublicationRuleException translation(String detail) {
    return new PublicationRuleException("translation-invalid", "Translation invalid", detail);
  }

  static PublicationRuleException classification(String detail) {
    return new PublicationRuleException("classification-invalid", "Classification invalid", detail);
  }

  static PublicationRuleException endorsement(String detail) {
    return new PublicationRuleException("endorsement-refused", "Endorsement refused", detail);
  }
}
