package eu.cohesion.kit.problem;

import java.util.Map;

/**
 * A refusal a client can act on, reported as an RFC 9457 problem with a stable type. Use cases
 * throw it (or a subclass); the REST layer turns it into the response.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;

  /**
   * @param status HTTP status
   * @param slug last part of the problem type {@code urn:cohesion:problem:<slug>}
   * @param title short, stable summary of this kind of problem
   * @param detail what went wrong in this occurrence, for the person reading it
   */
  public ProblemException(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  /**
   * RFC 9457 extension members this kind of problem adds to the body (e.g. the issues of a rejected
   * file); none by default. Values are serialised as JSON.
   */
  public Map<String, Object> extensions() {
    return Map.of();
  }

  /**
   * HTTP headers this kind of problem adds to the response (e.g. {@code Retry-After} when a
   * dependency is down); none by default.
   */
  public Map<String, String> headers() {
    return Map.of();
  }
}
