package eu.cohesion.kit.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token bucket on a clock passed in: bursts, refill, idleness and the wait until the next. */
class TokenBucketTest {

  @Test
  void aBurstIsAllowedThenOneTokenPerRefill() {
    TokenBucket bucket = new TokenBucket(3, 1_000, 0);
    assertTrue(bucket.tryTake(0));
    assertTrue(bucket.tryTake(0));
    assertTrue(bucket.tryTake(0));
    assertFalse(bucket.tryTake(0));
    assertEquals(1_000, bucket.nanosUntilNext(0));
    assertTrue(bucket.tryTake(1_000));
    assertFalse(bucket.tryTake(1_500));
    assertEquals(500, bucket.nanosUntilNext(1_500));
  }

  @Test
  void anIdleBucketFillsUpToItsCapacityOnly() {
    TokenBucket bucket = new TokenBucket(2, 1_000, 0);
    bucket.tryTake(0);
    assertFalse(bucket.full(500));
    assertTrue(bucket.full(100_000));
    assertTrue(bucket.tryTake(100_000));
    assertTrue(bucket.tryTake(100_000));
    assertFalse(bucket.tryTake(100_000));
  }

  @Test
  void aClockGoingBackwardsAddsNoTokens() {
    TokenBucket bucket = new TokenBucket(1, 1_000, 5_000);
    assertTrue(bucket.tryTake(5_000));
    assertFalse(bucket.tryTake(0));
    assertEquals(0, bucket.nanosUntilNext(6_000));
  }

  @Test
  void aBucketHoldsAtLeastOneTokenAndRefills() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1_000, 0));
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, 0));
  }
}
