package eu.cohesion.practice.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">} with the subscription's secret ({@code whsec_} then 32 random bytes in
 * base64, the key being those bytes), {@code webhook-id} the event id and {@code webhook-timestamp}
 * the sending time in Unix seconds. A receiver refuses a timestamp outside its tolerance, so a
 * captured request cannot be replayed later.
 */
public final class WebhookSignature {

  public static final String ID_HEADER = "webhook-id";
  public static final String TIMESTAMP_HEADER = "webhook-timestamp";
  public static final String SIGNATURE_HEADER = "webhook-signature";
  public static final String SECRET_PREFIX = "whsec_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  /** A new secret, shown to the subscriber once. */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The header value for one request: {@code v1,<base64>}. */
  public static String sign(String secret, String id, long timestampSeconds, String body) {
    return "v1," + Base64.getEncoder().encodeToString(hmac(secret, id, timestampSeconds, body));
  }

  /**
   * Whether the request is the sender's: one of the space-separated {@code v1,} signatures matches
   * and the timestamp lies within {@code tolerance} of {@code now}.
   */
  public static boolean verify(
      String secret,
      String id,
      String timestamp,
      String signatures,
      String body,
      Instant now,
      Duration tolerance) {
    if (id == null || timestamp == null || signatures == null || body == null) {
      return false;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return false;
    }
    if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
      return false;
    }
    byte[] expected = hmac(secret, id, seconds, body);
    for (String signature : signatures.split(" ")) {
      if (signature.startsWith("v1,")) {
        byte[] given;
        try {
          given = Base64.getDecoder().decode(signature.substring(3));
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (MessageDigest.isEqual(expected, given)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] hmac(String secret, String id, long timestampSeconds, String body) {
    byte[] key =
        Base64.getDecoder()
            .decode(
                secret.startsWith(SECRET_PREFIX)
                    ? secret.substring(SECRET_PREFIX.length())
                    : secret);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(
          (id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
