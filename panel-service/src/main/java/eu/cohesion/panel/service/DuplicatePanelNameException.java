package eu.cohesion.panel.service;

import eu.cohesion.kit.problem.ProblemException;

/** Panel names are unique per town, ignoring case and repeated spaces. */
public class DuplicatePanelNameException extends ProblemException {

  public DuplicatePanelNameException(String city, String name) {
    super(
        409,
        "duplicate-name",
        "Name already taken",
        "town " + city + " already has a panel named \"" + name + "\"");
  }
}
