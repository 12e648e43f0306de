package eu.cohesion.kit.problem;

/**
 * The client edited an older version than the current one (optimistic locking): the If-Match
 * precondition failed, 412 as RFC 9110 says.
 */
public class StaleVersionException extends ProblemException {

  public StaleVersionException(String resource, long expected, long current) {
    super(
        412,
        "stale-version",
        "Changed by someone else",
        resource
            + " is at version "
            + current
            + ", the request was based on version "
            + expected
            + ": reload and apply the change again");
  }
}
