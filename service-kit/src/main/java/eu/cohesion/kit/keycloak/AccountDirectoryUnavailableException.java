package eu.cohesion.kit.keycloak;

import eu.cohesion.kit.problem.ProblemException;
import java.util.Map;

/** Keycloak cannot be reached or failed: the client should try again later. */
public class AccountDirectoryUnavailableException extends ProblemException {

  /** Keycloak restarts in 10–20 s on the project's machines. */
  static final int RETRY_AFTER_SECONDS = 15;

  public AccountDirectoryUnavailableException(String detail, Throwable cause) {
    super(503, "service-unavailable", "Service unavailable", detail);
    initCause(cause);
  }

  @Override
  public Map<String, String> headers() {
    return Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
  }
}
