package eu.cohesion.practice.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  /** The example of the Standard Webhooks specification, computed by its reference libraries. */
  @Test
  void matchesTheStandardWebhooksExample() {
    assertEquals(
        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
        WebhookSignature.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}"));
  }

  @Test
  void aSignedRequestVerifiesWithinTheWindow() {
    String secret = WebhookSignature.newSecret();
    Instant now = Instant.parse("2026-12-03T12:00:00Z");
    String body = "{\"id\":\"e1\"}";
    String signature = WebhookSignature.sign(secret, "e1", now.getEpochSecond(), body);
    String ts = Long.toString(now.getEpochSecond());

    assertTrue(WebhookSignature.verify(secret, "e1", ts, signature, body, now, TOLERANCE));
    assertTrue(
        WebhookSignature.verify(
            secret, "e1", ts, "v1,bm9wZQ== " + signature, body, now.plusSeconds(299), TOLERANCE));
    // replayed too late, or too early
    assertFalse(
        WebhookSignature.verify(
            secret, "e1", ts, signature, body, now.plusSeconds(301), TOLERANCE));
    assertFalse(
        WebhookSignature.verify(
            secret, "e1", ts, signature, body, now.minusSeconds(301), TOLERANCE));
    // anything changed
    assertFalse(WebhookSignature.verify(secret, "e2", ts, signature, body, now, TOLERANCE));
    assertFalse(WebhookSignature.verify(secret, "e1", ts, signature, body + " ", now, TOLERANCE));
    assertFalse(
        WebhookSignature.verify(
            WebhookSignature.newSecret(), "e1", ts, signature, body, now, TOLERANCE));
    assertFalse(WebhookSignature.verify(secret, "e1", "soon", signature, body, now, TOLERANCE));
    assertFalse(WebhookSignature.verify(secret, "e1", ts, "v1,%%%", body, now, TOLERANCE));
  }

  @Test
  void secretsAreFreshAndPrefixed() {
    String a = WebhookSignature.newSecret();
    assertTrue(a.startsWith("whsec_"));
    assertNotEquals(a, WebhookSignature.newSecret());
  }
}
