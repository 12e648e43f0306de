package eu.cohesion.localstack.testing;

import eu.cohesion.localstack.KeycloakNode;
import eu.cohesion.localstack.LocalStack;
import eu.cohesion.localstack.SmtpNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real Keycloak with the {@code cohesion} realm, for tests about login, and the SMTP server the
 * realm sends its mail to (invitations, password resets). Started only when a test asks for it (it
 * costs 15–50 s), once per test JVM, stopped when the JVM ends.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

  private static LocalStack stack;

  public static KeycloakNode keycloak() {
    return stack().keycloak();
  }

  /** Where this Keycloak's mail arrives. */
  public static SmtpNode smtp() {
    return stack().smtp();
  }

  private static synchronized LocalStack stack() {
    if (stack == null) {
      stack = LocalStack.builder().withSmtp().withKeycloak().start();
    }
    return stack;
  }

  @Override
  public Map<String, String> start() {
    return Map.of("quarkus.oidc.auth-server-url", keycloak().issuerUrl());
  }

  @Override
  public void stop() {
    // Kept for other test classes of this JVM; the stack's shutdown hook stops it.
  }
}
