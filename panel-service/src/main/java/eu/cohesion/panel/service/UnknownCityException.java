package eu.cohesion.panel.service;

/** A request refers to a town that is not in the network. */
public class UnknownCityException extends RuntimeException {

  public UnknownCityException(String code) {
    super("town " + code + " is not a partner of the network");
  }
}
