package eu.cohesion.kit.limit;

/**
 * The answer of {@link RateLimits#admit}: whether the request may go on, what is left of the
 * caller's quota, in how many seconds it is full again, and (when refused) after how many seconds
 * the next request is admitted. Seconds are rounded up, so a client that waits them is admitted.
 */
public record RateLimitDecision(
    RateLimitPolicy policy,
    boolean admitted,
    long remaining,
    long resetSeconds,
    long retryAfterSeconds) {

  /** {@code RateLimit-Policy}: the quota the caller is measured against. */
  public String policyHeader() {
    return policy.headerItem();
  }

  /** {@code RateLimit}: {@code "read";r=12;t=30}, the remaining quota and seconds until reset. */
  public String rateLimitHeader() {
    return "\"" + policy.limitClass().policyName() + "\";r=" + remaining + ";t=" + resetSeconds;
  }
}
