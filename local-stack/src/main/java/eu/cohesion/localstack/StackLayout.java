package eu.cohesion.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the checkout, the unpacked Keycloak distribution, the SMTP server and the realm file are.
 * The build sets the system property {@code cohesion.root}; a command started elsewhere finds the
 * checkout by walking up to the folder that holds {@code keycloak/realm-cohesion.json}.
 */
public record StackLayout(Path root) {

  public static final String KEYCLOAK_VERSION = "26.7.3";
  public static final String GREENMAIL_VERSION = "2.1.5";

  public static StackLayout detect() {
    String configured = System.getProperty("cohesion.root", System.getenv("COHESION_ROOT"));
    if (configured != null && !configured.isBlank()) {
      return new StackLayout(Path.of(configured).toAbsolutePath().normalize());
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("keycloak/realm-cohesion.json"))) {
        return new StackLayout(dir);
      }
    }
    throw new IllegalStateException(
        "Cannot find the Cohesion checkout: set -Dcohesion.root or COHESION_ROOT, or run from inside it");
  }

  /** Git-ignored working folder for distributions and local-run data. */
  public Path stackHome() {
    return root.resolve(".local-stack");
  }

  public Path keycloakDistribution() {
    return stackHome().resolve("dist/keycloak-" + KEYCLOAK_VERSION);
  }

  /** GreenMail's standalone server, copied by the local-stack build. */
  public Path greenMailJar() {
    return stackHome().resolve("dist/greenmail-standalone-" + GREENMAIL_VERSION + ".jar");
  }

  public Path realmFile() {
    return root.resolve("keycloak/realm-cohesion.json");
  }

  /** Persistent data of the local run (the tests use throw-away folders instead). */
  public Path localRunData() {
    return stackHome().resolve("data");
  }
}
