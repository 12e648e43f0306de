package eu.cohesion.panel.domain.sortition;

import java.time.Duration;

/** A draw did not finish within its time limit; nothing of it is kept. */
public class TimeLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration limit;

  public TimeLimitExceededException(Duration limit) {
    super("the draw did not finish within " + limit.toSeconds() + " s");
    this.limit = limit;
  }

  public Duration limit() {
    return limit;
  }
}
