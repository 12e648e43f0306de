package eu.cohesion.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.limit.RateLimitClass;
import eu.cohesion.kit.limit.RateLimitDecision;
import eu.cohesion.kit.limit.RateLimitPolicy;
import eu.cohesion.kit.rest.ProblemDetail;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The 429 a refused request gets: problem+json, Retry-After and both rate-limit fields. */
class RateLimitFilterTest {

  @Test
  void refusalIsAProblemWithRetryAfterAndTheRateLimitFields() {
    RateLimitDecision refused =
        new RateLimitDecision(
            new RateLimitPolicy(RateLimitClass.WRITE, 2, Duration.ofSeconds(60)), false, 0, 60, 30);
    try (Response response = RateLimitFilter.refusal(refused, "/panels")) {
      assertEquals(429, response.getStatus());
      assertEquals("application/problem+json", response.getMediaType().toString());
      assertEquals("30", response.getHeaderString("Retry-After"));
      assertEquals("\"write\";q=2;w=60", response.getHeaderString("RateLimit-Policy"));
      assertEquals("\"write\";r=0;t=60", response.getHeaderString("RateLimit"));
      ProblemDetail problem = (ProblemDetail) response.getEntity();
      assertEquals("urn:cohesion:problem:rate-limited", problem.type());
      assertEquals(429, problem.status());
      assertEquals("/panels", problem.instance());
    }
  }
}
