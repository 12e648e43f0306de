package eu.cohesion.kit.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Small quotas on a clock of the test's own: per caller, per class, refill, reset, forgetting. */
class RateLimitsTest {

  private final ManualClock clock = new ManualClock();

  private RateLimits limits(int maxTracked) {
    return new RateLimits(
        true,
        new RateLimitPolicy(RateLimitClass.READ, 3, Duration.ofSeconds(30)),
        new RateLimitPolicy(RateLimitClass.WRITE, 2, Duration.ofSeconds(60)),
        maxTracked,
        clock);
  }

  @Test
  void admitsTheQuotaThenRefusesWithTheWaitUntilTheNextRequest() {
    RateLimits limits = limits(100);
    for (int i = 2; i >= 0; i--) {
      RateLimitDecision d = limits.admit("sub:a", RateLimitClass.READ);
      assertTrue(d.admitted());
      assertEquals(i, d.remaining());
      assertEquals(0, d.retryAfterSeconds());
    }
    RateLimitDecision refused = limits.admit("sub:a", RateLimitClass.READ);
    assertFalse(refused.admitted());
    assertEquals(0, refused.remaining());
    // One request flows back every 30 s / 3 = 10 s; all three after 30 s.
    assertEquals(10, refused.retryAfterSeconds());
    assertEquals(30, refused.resetSeconds());
    assertEquals("\"read\";q=3;w=30", refused.policyHeader());
    assertEquals("\"read\";r=0;t=30", refused.rateLimitHeader());

    clock.advance(Duration.ofMillis(9_500));
    RateLimitDecision stillRefused = limits.admit("sub:a", RateLimitClass.READ);
    assertFalse(stillRefused.admitted());
    assertEquals(1, stillRefused.retryAfterSeconds(), "0.5 s rounds up to one second");

    clock.advance(Duration.ofMillis(500));
    assertTrue(limits.admit("sub:a", RateLimitClass.READ).admitted());
    assertFalse(limits.admit("sub:a", RateLimitClass.READ).admitted());
  }

  @Test
  void callersAndClassesHaveBucketsOfTheirOwn() {
    RateLimits limits = limits(100);
    limits.admit("sub:a", RateLimitClass.WRITE);
    limits.admit("sub:a", RateLimitClass.WRITE);
    assertFalse(limits.admit("sub:a", RateLimitClass.WRITE).admitted());

    assertTrue(limits.admit("sub:a", RateLimitClass.READ).admitted(), "reads keep their quota");
    assertTrue(limits.admit("sub:b", RateLimitClass.WRITE).admitted(), "another subject");
    assertTrue(
        limits.admit("addr:a", RateLimitClass.WRITE).admitted(), "an address is not a subject");
    RateLimitDecision write = limits.admit("sub:b", RateLimitClass.WRITE);
    assertEquals("\"write\";q=2;w=60", write.policyHeader());
    assertEquals("\"write\";r=0;t=60", write.rateLimitHeader());
  }

  @Test
  void forgetsCallersWhoseBucketIsFullAgainAndOnlyThose() {
    RateLimits limits = limits(2);
    limits.admit("addr:1", RateLimitClass.READ);
    clock.advance(Duration.ofSeconds(30));
    limits.admit("addr:2", RateLimitClass.READ);
    assertEquals(2, limits.tracked());

    // The map is full: a new caller drops addr:1 (refilled by now), never addr:2 (still spending).
    limits.admit("addr:3", RateLimitClass.READ);
    assertEquals(2, limits.tracked());
    limits.admit("addr:2", RateLimitClass.READ);
    limits.admit("addr:2", RateLimitClass.READ);
    assertFalse(limits.admit("addr:2", RateLimitClass.READ).admitted(), "addr:2 kept its count");
  }

  @Test
  void readsAreGetAndHeadEverythingElseWrites() {
    assertEquals(RateLimitClass.READ, RateLimitClass.ofMethod("GET"));
    assertEquals(RateLimitClass.READ, RateLimitClass.ofMethod("head"));
    assertEquals(RateLimitClass.WRITE, RateLimitClass.ofMethod("POST"));
    assertEquals(RateLimitClass.WRITE, RateLimitClass.ofMethod("DELETE"));
  }

  @Test
  void aPolicyAllowsAtLeastOneRequestPerSecond() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RateLimitPolicy(RateLimitClass.READ, 0, Duration.ofSeconds(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RateLimitPolicy(RateLimitClass.READ, 1, Duration.ofMillis(10)));
  }

  private static final class ManualClock implements TimeMeter {
    private long nanos = 1_000_000_000L;

    void advance(Duration d) {
      nanos += d.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  }
}
