package eu.cohesion.kit.problem;

/** The addressed resource does not exist, or the caller may not know that it does. */
public class ResourceNotFoundException extends ProblemException {

  public ResourceNotFoundException(String resource, Object id) {
    super(404, "not-found", "Not found", resource + " " + id + " does not exist");
  }
}
