package eu.cohesion.kit.problem;

/**
 * A well-formed request that a domain rule refuses (HTTP 422), such as an illegal lifecycle step.
 */
public class RuleViolationException extends ProblemException {

  public RuleViolationException(String slug, String title, String detail) {
    super(422, slug, title, detail);
  }
}
