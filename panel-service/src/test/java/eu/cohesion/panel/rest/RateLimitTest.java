package eu.cohesion.panel.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.panel.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

/**
 * The kit's rate limits (kit.http.RateLimitFilter) on a real service with small quotas: every
 * limited answer carries RateLimit-Policy and RateLimit, the request over the quota is a 429
 * problem with Retry-After, a refused write changes nothing, and callers do not share a quota.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

  /** Three reads and two writes a minute per caller. */
  public static class SmallQuotas implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "cohesion.rate-limit.read.quota", "3",
          "cohesion.rate-limit.read.window", "60s",
          "cohesion.rate-limit.write.quota", "2",
          "cohesion.rate-limit.write.window", "60s");
    }
  }

  @Inject TestDatabase db;

  @Test
  void anAnonymousCallerGetsItsReadQuotaThenA429WithRetryAfter() {
    for (int remaining = 2; remaining >= 0; remaining--) {
      given()
          .when()
          .get("/cities/mechelen")
          .then()
          .statusCode(200)
          .header("RateLimit-Policy", equalTo("\"read\";q=3;w=60"))
          .header("RateLimit", rateLimit("read", remaining, (3 - remaining) * 20));
    }
    given()
        .when()
        .get("/cities/tartu")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", seconds(20))
        .header("RateLimit-Policy", equalTo("\"read\";q=3;w=60"))
        .header("RateLimit", rateLimit("read", 0, 60))
        .body("type", equalTo("urn:cohesion:problem:rate-limited"))
        .body("status", equalTo(429));
    // Health and metrics are not limited: an exhausted caller's probes still answer.
    given().when().get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
  }

  @Test
  @TestSecurity(user = "coordinator-rate-limited", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "mechelen"))
  void aSignedInCallerHasItsOwnQuotaAndARefusedWriteChangesNothing() {
    given().when().get("/cities/mechelen").then().statusCode(200);
    createPanel().statusCode(201).header("RateLimit", rateLimit("write", 1, 30));
    createPanel().statusCode(201).header("RateLimit", rateLimit("write", 0, 60));
    long panelsBefore = db.panelsIn("mechelen");
    long outboxBefore = db.outboxRows();

    createPanel()
        .statusCode(429)
        .header("Retry-After", seconds(30))
        .header("RateLimit-Policy", equalTo("\"write\";q=2;w=60"))
        .body("type", equalTo("urn:cohesion:problem:rate-limited"));

    assertEquals(panelsBefore, db.panelsIn("mechelen"));
    assertEquals(outboxBefore, db.outboxRows());
  }

  /**
   * The remaining quota exactly; the seconds until reset at most {@code t}, and at most 10 s less:
   * the quota flows back while a busy machine runs the requests.
   */
  private static Matcher<String> rateLimit(String policy, int remaining, int t) {
    String prefix = "\"" + policy + "\";r=" + remaining + ";t=";
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(String value) {
        return value.startsWith(prefix) && within(value.substring(prefix.length()), t);
      }

      @Override
      public void describeTo(Description description) {
        description.appendText(prefix + "(" + (t - 10) + ".." + t + ")");
      }
    };
  }

  private static Matcher<String> seconds(int atMost) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(String value) {
        return within(value, atMost);
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("seconds in " + (atMost - 10) + ".." + atMost);
      }
    };
  }

  private static boolean within(String seconds, int atMost) {
    try {
      int s = Integer.parseInt(seconds);
      return s <= atMost && s > atMost - 10;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static io.restassured.response.ValidatableResponse createPanel() {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("city", "mechelen", "name", "Rate-limited LPS " + UUID.randomUUID()))
        .when()
        .post("/panels")
        .then();
  }
}
