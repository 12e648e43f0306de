package eu.cohesion.panel.service;

/** The addressed resource does not exist. */
public class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String resource, Object id) {
    super(resource + " " + id + " does not exist");
  }
}
