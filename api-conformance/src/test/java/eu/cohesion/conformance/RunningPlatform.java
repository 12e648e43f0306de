package eu.cohesion.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.LocalStack;
import eu.cohesion.localstack.Ports;
import eu.cohesion.localstack.PostgresNode;
import eu.cohesion.localstack.StackLayout;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole platform as an integrator meets it, started once for all tests of this module:
 * PostgreSQL, Kafka and Keycloak on free ports (never the local run's), and the three packaged
 * services ({@code target/quarkus-app/quarkus-run.jar}) as child processes pointed at them. Stopped
 * when the last test class is done: the services by their PIDs, then the stack.
 */
public final class RunningPlatform implements BeforeAllCallback, ParameterResolver {

  /** The services in start order, each with its database. */
  static final Map<String, String> SERVICES =
      Map.of(
          "panel-service", "panel",
          "initiative-service", "initiative",
          "practice-exchange-service", "practice");

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  @Override
  public void beforeAll(ExtensionContext context) {
    platform(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Platform.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return platform(context);
  }

  private static Platform platform(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Platform.class, k -> Platform.start(), Platform.class);
  }

  /** The running stack and services. */
  public static final class Platform implements ExtensionContext.Store.CloseableResource {

    private final LocalStack stack;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, URI> baseUrls = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private Platform(LocalStack stack) {
      this.stack = stack;
    }

    static Platform start() {
      Instant began = Instant.now();
      StackLayout layout = StackLayout.detect();
      Platform platform =
          new Platform(
              LocalStack.builder()
                  .layout(layout)
                  .withPostgres()
                  .withKafka()
                  .withKeycloak()
                  .start());
      try {
        for (var service :
            List.of("panel-service", "initiative-service", "practice-exchange-service")) {
          platform.launch(layout.root(), service, SERVICES.get(service));
        }
        for (String service : platform.baseUrls.keySet()) {
          platform.awaitReady(service);
        }
      } catch (RuntimeException e) {
        platform.close();
        throw e;
      }
      System.out.printf(
          "api-conformance: stack %s and services ready in %d s%n",
          platform.stack.startupTimes(), Duration.between(began, Instant.now()).toSeconds());
      return platform;
    }

    public URI baseUrl(String service) {
      return baseUrls.get(service);
    }

    public Map<String, URI> baseUrls() {
      return Map.copyOf(baseUrls);
    }

    /** A real access token of the realm, by the password grant of the development client. */
    public String accessToken(String username, String password) {
      String form =
          "grant_type=password&client_id=cohesion-dev-cli&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(stack.keycloak().issuerUrl() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("token request failed: " + response.body());
        }
        return json.readTree(response.body()).get("access_token").asText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** True if every service reports itself ready (database, Kafka and OIDC reachable). */
    public boolean allReady() {
      return baseUrls.keySet().stream().allMatch(this::ready);
    }

    private void launch(Path root, String service, String database) {
      Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: package " + service + " first");
      }
      int port = Ports.free();
      PostgresNode postgres = stack.postgres();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-Dquarkus.http.port=" + port);
      command.add("-Dquarkus.http.host=127.0.0.1");
      command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(database));
      command.add("-Dquarkus.datasource.username=" + postgres.username());
      command.add("-Dquarkus.datasource.password=" + postgres.password());
      command.add("-Dkafka.bootstrap.servers=" + stack.kafka().bootstrapServers());
      command.add("-Dquarkus.oidc.auth-server-url=" + stack.keycloak().issuerUrl());
      command.add("-Dcohesion.openapi.server-url=http://127.0.0.1:" + port);
      command.add("-jar");
      command.add(jar.toString());
      Path log = root.resolve("api-conformance/target").resolve(service + ".log");
      try {
        Files.createDirectories(log.getParent());
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.put(service, process);
        baseUrls.put(service, URI.create("http://127.0.0.1:" + port));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start " + service, e);
      }
    }

    private void awaitReady(String service) {
      Instant deadline = Instant.now().plus(READY_TIMEOUT);
      while (Instant.now().isBefore(deadline)) {
        if (!processes.get(service).isAlive()) {
          throw new IllegalStateException(service + " exited: see target/" + service + ".log");
        }
        if (ready(service)) {
          return;
        }
        sleep(Duration.ofMillis(500));
      }
      throw new IllegalStateException(service + " not ready in " + READY_TIMEOUT);
    }

    private boolean ready(String service) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(baseUrls.get(service).resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode health = json.readTree(response.body());
        return response.statusCode() == 200 && "UP".equals(health.path("status").asText());
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    @Override
    public void close() {
      for (Process process : processes.values()) {
        process.destroy();
      }
      for (Process process : processes.values()) {
        try {
          if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.destroyForcibly();
        }
      }
      stack.close();
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
