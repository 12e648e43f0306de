package eu.cohesion.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.ChildJvm;
import eu.cohesion.localstack.LocalStack;
import eu.cohesion.localstack.Ports;
import eu.cohesion.localstack.StackLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
    private final Map<String, ChildJvm> processes = new LinkedHashMap<>();
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
        for (String service : platform.processes.keySet()) {
          platform.processes.get(service).awaitReady(READY_TIMEOUT);
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
      return processes.get(service).baseUrl();
    }

    public Map<String, URI> baseUrls() {
      Map<String, URI> urls = new LinkedHashMap<>();
      processes.forEach((service, process) -> urls.put(service, process.baseUrl()));
      return urls;
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
      return processes.values().stream().allMatch(ChildJvm::ready);
    }

    private void launch(Path root, String service, String database) {
      int port = Ports.free();
      Map<String, String> settings = new HashMap<>(stack.postgres().quarkusDatasource(database));
      settings.put("kafka.bootstrap.servers", stack.kafka().bootstrapServers());
      settings.put("quarkus.oidc.auth-server-url", stack.keycloak().issuerUrl());
      settings.put("cohesion.openapi.server-url", "http://127.0.0.1:" + port);
      ChildJvm process =
          ChildJvm.service(
              root,
              service,
              port,
              settings,
              root.resolve("api-conformance/target").resolve(service + ".log"));
      processes.put(service, process.start());
    }

    @Override
    public void close() {
      processes.values().forEach(ChildJvm::close);
      stack.close();
    }
  }
}
