package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** A consent counts only for the text currently shown: the member must have read that one. */
public class StaleConsentTextException extends RuleViolationException {

  public StaleConsentTextException(String given) {
    super(
        "consent-text-outdated",
        "Consent to an outdated text",
        "consent was given to "
            + given
            + "; the current consent text is "
            + ConsentText.CURRENT.version()
            + ", show it to the member and record their consent to it");
  }
}
