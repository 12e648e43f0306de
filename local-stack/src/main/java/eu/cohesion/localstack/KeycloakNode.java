package eu.cohesion.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip (unpacked by the local-stack build) in its
 * own process, {@code start-dev} on 127.0.0.1 with an H2 file database and the realm imported from
 * {@code keycloak/realm-cohesion.json}.
 */
public final class KeycloakNode implements AutoCloseable {

  public static final String REALM = "cohesion";

  /** Bootstrap administrator of the local and test instances only: demo credentials. */
  private static final String ADMIN_USER = "admin";

  private static final String ADMIN_PASSWORD = "admin";
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

  private final Process process;
  private final int port;
  private final Path log;
  private final Path pidFile;

  private KeycloakNode(Process process, int port, Path log, Path pidFile) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.pidFile = pidFile;
  }

  /**
   * @param smtpPort where the realm's mail (invitations, password resets) goes, on 127.0.0.1; 0 for
   *     the realm file's default, the local run's SMTP port
   */
  public static KeycloakNode start(
      StackLayout layout, Path dataDir, int port, int managementPort, int smtpPort) {
    Path home = layout.keycloakDistribution();
    Path kcSh = home.resolve("bin/kc.sh");
    if (!Files.isRegularFile(kcSh)) {
      throw new IllegalStateException(
          "Keycloak distribution missing at "
              + home
              + ": build the local-stack module first (./mvnw -pl local-stack install)");
    }
    try {
      Files.createDirectories(dataDir);
      Path log = dataDir.resolve("keycloak.log");
      Path pidFile = dataDir.resolve("keycloak.pid");
      ChildProcesses.stopOrphan(pidFile, "keycloak");
      installRealm(layout, home);
      try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
        scripts
            .filter(p -> p.toString().endsWith(".sh"))
            .forEach(p -> p.toFile().setExecutable(true));
      }
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      kcSh.toString(),
                      "start-dev",
                      "--http-host=127.0.0.1",
                      "--http-port=" + port,
                      "--http-management-port=" + managementPort,
                      "--hostname=http://127.0.0.1:" + port,
                      "--health-enabled=true",
                      "--import-realm",
                      "--db-url=jdbc:h2:file:"
                          + dataDir.resolve("h2/keycloak")
                          + ";NON_KEYWORDS=VALUE"))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
      if (smtpPort > 0) {
        // Resolved by the realm import's placeholders (smtpServer in realm-cohesion.json).
        builder.environment().put("COHESION_SMTP_PORT", Integer.toString(smtpPort));
      }
      Process process = builder.start();
      Files.writeString(pidFile, Long.toString(process.pid()));
      KeycloakNode node = new KeycloakNode(process, port, log, pidFile);
      try {
        node.awaitReady(managementPort);
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("Keycloak could not be started from " + home, e);
    }
  }

  public int port() {
    return port;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String issuerUrl() {
    return baseUrl() + "/realms/" + REALM;
  }

  public String adminUsername() {
    return ADMIN_USER;
  }

  public String adminPassword() {
    return ADMIN_PASSWORD;
  }

  public Path log() {
    return log;
  }

  /** SIGTERM to Keycloak and its children, then SIGKILL if it does not stop in time. */
  @Override
  public void close() {
    ChildProcesses.stopTree(process.toHandle());
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // A stale pid file is only a hint; the next start checks that the process still exists.
    }
  }

  private void awaitReady(int managementPort) {
    URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
    URI realm = URI.create(issuerUrl() + "/.well-known/openid-configuration");
    Readiness.await(
        "Keycloak on " + baseUrl(),
        READY_TIMEOUT,
        log,
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(
                "Keycloak exited with code " + process.exitValue() + "; log: " + log);
          }
          return Readiness.answersOk(health) && Readiness.answersOk(realm);
        });
  }

  /** Keycloak imports realm files only from its own data/import folder. */
  private static void installRealm(StackLayout layout, Path home) throws IOException {
    Path importDir = home.resolve("data/import");
    Files.createDirectories(importDir);
    Files.copy(
        layout.realmFile(),
        importDir.resolve("realm-cohesion.json"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
