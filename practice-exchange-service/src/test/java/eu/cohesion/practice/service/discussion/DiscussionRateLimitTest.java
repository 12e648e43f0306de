package eu.cohesion.practice.service.discussion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Five posts at once, then ten per ten minutes, per person; 429 with the wait in seconds. */
class DiscussionRateLimitTest {

  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  @Test
  void aBurstThenOnePostPerMinute() {
    AtomicLong clock = new AtomicLong();
    DiscussionRateLimit limit = new DiscussionRateLimit(5, MINUTE, 100, clock::get);
    for (int i = 0; i < 5; i++) {
      assertDoesNotThrow(() -> limit.admit("u-tartu"));
    }
    PostingTooFastException refused =
        assertThrows(PostingTooFastException.class, () -> limit.admit("u-tartu"));
    assertEquals(429, refused.status());
    assertEquals("rate-limited", refused.slug());
    assertEquals("60", refused.headers().get("Retry-After"));
    assertDoesNotThrow(() -> limit.admit("u-mechelen"), "another person has a bucket of their own");

    clock.addAndGet(MINUTE / 2);
    assertEquals(
        "30",
        assertThrows(PostingTooFastException.class, () -> limit.admit("u-tartu"))
            .headers()
            .get("Retry-After"));
    clock.addAndGet(MINUTE / 2);
    assertDoesNotThrow(() -> limit.admit("u-tartu"));
  }

  @Test
  void idlePeopleAreForgottenWhenTheMapIsFull() {
    AtomicLong clock = new AtomicLong();
    DiscussionRateLimit limit = new DiscussionRateLimit(1, MINUTE, 1, clock::get);
    limit.admit("first");
    clock.addAndGet(2 * MINUTE);
    assertDoesNotThrow(() -> limit.admit("second"));
    assertThrows(PostingTooFastException.class, () -> limit.admit("second"));
  }
}
