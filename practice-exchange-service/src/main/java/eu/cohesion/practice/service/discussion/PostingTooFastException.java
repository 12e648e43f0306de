package eu.cohesion.practice.service.discussion;

import eu.cohesion.kit.problem.ProblemException;
import java.util.Map;

/** 429 with {@code Retry-After}: the caller posted or reported faster than the limit allows. */
public class PostingTooFastException extends ProblemException {

  private final long retryAfterSeconds;

  PostingTooFastException(long retryAfterSeconds) {
    super(
        429,
        "rate-limited",
        "Too many posts",
        "you are posting faster than the discussion allows; try again in "
            + retryAfterSeconds
            + " s");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  @Override
  public Map<String, Object> extensions() {
    return Map.of("retryAfterSeconds", retryAfterSeconds);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", String.valueOf(retryAfterSeconds));
  }
}
