package eu.cohesion.kit.limit;

import java.time.Duration;

/**
 * A quota of {@code quota} requests per {@code window} for one caller and one {@link
 * RateLimitClass}, as a token bucket: the whole quota may be spent at once, and it flows back
 * evenly over the window.
 */
public record RateLimitPolicy(RateLimitClass limitClass, long quota, Duration window) {

  public RateLimitPolicy {
    if (quota < 1 || window.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "a rate limit allows at least one request in a window of at least one second");
    }
  }

  /**
   * The policy as an item of the {@code RateLimit-Policy} field (draft-ietf-httpapi-ratelimit-
   * headers-09, a structured-field list): {@code "read";q=600;w=60}.
   */
  public String headerItem() {
    return "\"" + limitClass.policyName() + "\";q=" + quota + ";w=" + window.toSeconds();
  }
}
