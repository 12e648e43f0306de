package eu.cohesion.panel;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The tests' clock: the system clock unless a test fixes it. Being a {@link Clock} bean, it
 * replaces the kit's default one for every test of this module, so a test about "when" sets the
 * instant and releases it afterwards instead of asserting against a moving now.
 */
@Singleton
public class TestClock extends Clock {

  private volatile Instant fixed;

  public void fixAt(Instant instant) {
    this.fixed = instant;
  }

  public void release() {
    this.fixed = null;
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the service's clock is UTC");
  }
}
