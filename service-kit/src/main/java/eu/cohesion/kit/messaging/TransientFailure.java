package eu.cohesion.kit.messaging;

/**
 * Thrown by a handler whose effect cannot be applied now but will be later (a dependency is down):
 * the router retries the event in place with back-off and never dead-letters it.
 */
public class TransientFailure extends RuntimeException {

  public TransientFailure(String message) {
    super(message);
  }

  public TransientFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
