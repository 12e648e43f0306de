package eu.cohesion.panel.domain;

import eu.cohesion.kit.problem.RuleViolationException;

/** Population groups are sensitive personal data: they are kept only with recorded consent. */
public class ConsentRequiredException extends RuleViolationException {

  public ConsentRequiredException() {
    super(
        "consent-required",
        "Consent required",
        "population groups may only be recorded with the member's consent");
  }
}
