package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.RuleViolationException;

/** A request refers to a town that is not in the network. */
public class UnknownCityException extends RuleViolationException {

  public UnknownCityException(String code) {
    super("unknown-city", "Unknown town", "town " + code + " is not a partner of the network");
  }
}
