package eu.cohesion.kit.limit;

import java.util.Locale;

/**
 * What a request costs the service: reads (GET, HEAD) are cheap and cached, writes take locks,
 * write the outbox and may notify people, so each has a budget of its own.
 */
public enum RateLimitClass {
  READ,
  WRITE;

  /** The class of an HTTP method; OPTIONS (CORS preflight) is not limited. */
  public static RateLimitClass ofMethod(String method) {
    return switch (method.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD" -> READ;
      default -> WRITE;
    };
  }

  /** The policy's name in the {@code RateLimit-Policy} and {@code RateLimit} fields. */
  public String policyName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
