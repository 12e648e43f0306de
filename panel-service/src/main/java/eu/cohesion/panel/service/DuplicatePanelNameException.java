package eu.cohesion.panel.service;

/** Panel names are unique per town, ignoring case and repeated spaces. */
public class DuplicatePanelNameException extends RuntimeException {

  public DuplicatePanelNameException(String city, String name) {
    super("town " + city + " already has a panel named \"" + name + "\"");
  }
}
