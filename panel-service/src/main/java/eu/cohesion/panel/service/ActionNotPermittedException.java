package eu.cohesion.panel.service;

/** The authorisation table refuses the action to this caller. */
public class ActionNotPermittedException extends RuntimeException {

  public ActionNotPermittedException(String message) {
    super(message);
  }
}
