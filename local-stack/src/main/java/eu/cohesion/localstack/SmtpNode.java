package eu.cohesion.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real SMTP server for the mail the platform sends (Keycloak's invitations, the services'
 * notifications): GreenMail standalone from Maven Central in its own JVM, on 127.0.0.1, accepting
 * mail for any address. Nothing leaves the machine. Received mail is read over GreenMail's REST API
 * ({@code GET <apiUrl>/api/user/<address>/messages/INBOX}, {@code POST <apiUrl>/api/mail/purge}),
 * by the Java tests through {@link #messagesTo} and by the browser tests over HTTP.
 */
public final class SmtpNode implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int smtpPort;
  private final int apiPort;
  private final Path log;
  private final Path pidFile;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private SmtpNode(Process process, int smtpPort, int apiPort, Path log, Path pidFile) {
    this.process = process;
    this.smtpPort = smtpPort;
    this.apiPort = apiPort;
    this.log = log;
    this.pidFile = pidFile;
  }

  public static SmtpNode start(StackLayout layout, Path dataDir, int smtpPort, int apiPort) {
    Path jar = layout.greenMailJar();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "GreenMail missing at "
              + jar
              + ": build the local-stack module first (./mvnw -pl local-stack install)");
    }
    try {
      Files.createDirectories(dataDir);
      Path log = dataDir.resolve("smtp.log");
      Path pidFile = dataDir.resolve("smtp.pid");
      ChildProcesses.stopOrphan(pidFile, "greenmail");
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx128m",
                  "-Dgreenmail.smtp.hostname=127.0.0.1",
                  "-Dgreenmail.smtp.port=" + smtpPort,
                  "-Dgreenmail.api.hostname=127.0.0.1",
                  "-Dgreenmail.api.port=" + apiPort,
                  // Any recipient gets a mailbox on first delivery; no login is needed to send.
                  "-Dgreenmail.auth.disabled",
                  "-jar",
                  jar.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      Files.writeString(pidFile, Long.toString(process.pid()));
      SmtpNode node = new SmtpNode(process, smtpPort, apiPort, log, pidFile);
      try {
        node.awaitReady();
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("GreenMail could not be started from " + jar, e);
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int smtpPort() {
    return smtpPort;
  }

  /** Base URL of GreenMail's REST API, where received mail can be read. */
  public String apiUrl() {
    return "http://127.0.0.1:" + apiPort;
  }

  public Path log() {
    return log;
  }

  /**
   * Every message received for this address so far, oldest first, as GreenMail's JSON array (each
   * element has {@code subject} and {@code mimeMessage}, the raw message). Addresses are kept as
   * the sender wrote them; GreenMail matches them case-sensitively.
   */
  public String messagesTo(String address) {
    return get(
        "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX");
  }

  /** Deletes every received message, so a test can expect exactly its own mail. */
  public void purge() {
    send(
        HttpRequest.newBuilder(URI.create(apiUrl() + "/api/mail/purge"))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  @Override
  public void close() {
    ChildProcesses.stopTree(process.toHandle());
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // A stale pid file is only a hint; the next start checks that the process still exists.
    }
  }

  private String get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(apiUrl() + path)).GET());
    // A mailbox that never received anything does not exist yet: no messages.
    return response.statusCode() == 200 ? response.body() : "[]";
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("GreenMail API on " + apiUrl() + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking GreenMail", e);
    }
  }

  private void awaitReady() {
    URI readiness = URI.create(apiUrl() + "/api/service/readiness");
    Readiness.await(
        "SMTP server (GreenMail) on 127.0.0.1:" + smtpPort,
        READY_TIMEOUT,
        log,
        () -> {
          if (!process.isAlive()) {
            throw new IllegalStateException(
                "GreenMail exited with code " + process.exitValue() + "; log: " + log);
          }
          return Readiness.answersOk(readiness);
        });
  }
}
