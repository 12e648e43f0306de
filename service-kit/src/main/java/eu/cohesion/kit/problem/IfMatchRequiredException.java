package eu.cohesion.kit.problem;

/** A change to an existing resource came without If-Match, so it could overwrite a newer one. */
public class IfMatchRequiredException extends ProblemException {

  public IfMatchRequiredException() {
    super(
        428,
        "precondition-required",
        "If-Match required",
        "send If-Match with the version (ETag) you last read, so that no newer change is"
            + " overwritten");
  }
}
