package eu.cohesion.initiative.domain;

import java.time.Duration;

/**
 * How long the mail relay waits before trying an e-mail again after its n-th failed attempt: 30 s,
 * doubling, at most an hour — an SMTP server that is down for a while is not hammered, and one that
 * is back gets the mail within the hour.
 */
public final class MailBackoff {

  static final Duration FIRST = Duration.ofSeconds(30);
  static final Duration MAX = Duration.ofHours(1);

  private MailBackoff() {}

  /**
   * @param failedAttempts attempts that failed so far, at least 1
   */
  public static Duration after(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("no failed attempt yet: " + failedAttempts);
    }
    int doublings = Math.min(failedAttempts - 1, 20);
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(MAX) > 0 ? MAX : wait;
  }
}
