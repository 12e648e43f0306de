package eu.cohesion.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded waits whose failure names what failed and where its log is. */
final class Readiness {

  private Readiness() {}

  static void await(String what, Duration timeout, Path log, BooleanSupplier ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(what + ": interrupted while waiting for readiness", e);
      }
    }
    throw new IllegalStateException(
        what
            + " not ready after "
            + timeout.toSeconds()
            + " s"
            + (log == null ? "" : "; log: " + log));
  }
}
