package eu.cohesion.kit.problem;

/** The service's authorisation table refuses the action to this caller. */
public class ActionNotPermittedException extends ProblemException {

  public ActionNotPermittedException(String detail) {
    super(403, "forbidden", "Not allowed", detail);
  }
}
