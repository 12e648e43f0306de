package eu.cohesion.practice.service;

import eu.cohesion.kit.problem.ProblemException;

/** A change of an existing practice must say which version it was based on (If-Match). */
public class PreconditionRequiredException extends ProblemException {

  public PreconditionRequiredException() {
    super(
        428,
        "precondition-required",
        "Precondition required",
        "send If-Match with the ETag of the version you last read, e.g. If-Match: \"3\"");
  }
}
