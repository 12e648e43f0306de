package eu.cohesion.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.localstack.ChildJvm;
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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The platform the fault suite breaks, started once for the module: PostgreSQL and Keycloak in this
 * JVM (PostgreSQL's server is a process of its own, restarted through {@link PostgresNode}), Kafka
 * in a JVM of its own so that it can be killed with SIGKILL, and the packaged panel-service
 * (producer) and initiative-service (consumer of panel-events), all on free ports.
 */
final class FaultPlatform implements ParameterResolver {

  static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Running.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
  }

  /** The running parts, and what the tests need to talk to them. */
  static final class Running implements ExtensionContext.Store.CloseableResource {

    final LocalStack stack;
    final ChildJvm kafka;
    final ChildJvm panels;
    final ChildJvm initiatives;
    final String bootstrapServers;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private Running(
        LocalStack stack,
        ChildJvm kafka,
        String bootstrapServers,
        ChildJvm panels,
        ChildJvm initiatives) {
      this.stack = stack;
      this.bootstrapServers = bootstrapServers;
      this.kafka = kafka;
      this.panels = panels;
      this.initiatives = initiatives;
    }

    static Running start() {
      Instant began = Instant.now();
      StackLayout layout = StackLayout.detect();
      Path target = layout.root().resolve("fault-suite/target");
      LocalStack stack = LocalStack.builder().layout(layout).withPostgres().withKeycloak().start();
      int kafkaPort = Ports.free();
      String bootstrap = "127.0.0.1:" + kafkaPort;
      ChildJvm kafka =
          ChildJvm.kafka(stack.dataDir(), kafkaPort, Ports.free(), target.resolve("kafka.log"));
      ChildJvm panels = null;
      ChildJvm initiatives = null;
      try {
        kafka.start().awaitReady(READY_TIMEOUT);
        panels = service(layout, stack, "panel-service", "panel", bootstrap, target).start();
        initiatives =
            service(layout, stack, "initiative-service", "initiative", bootstrap, target).start();
        panels.awaitReady(READY_TIMEOUT);
        initiatives.awaitReady(READY_TIMEOUT);
      } catch (RuntimeException e) {
        new Running(stack, kafka, bootstrap, panels, initiatives).close();
        throw e;
      }
      System.out.printf(
          "fault-suite: stack %s, Kafka and services ready in %d s%n",
          stack.startupTimes(), Duration.between(began, Instant.now()).toSeconds());
      return new Running(stack, kafka, bootstrap, panels, initiatives);
    }

    /** A real access token of the realm, by the password grant of the development client. */
    String accessToken(String username) {
      String form =
          "grant_type=password&client_id=cohesion-dev-cli&username="
              + URLEncoder.encode(username, StandardCharsets.UTF_8)
              + "&password=demo";
      HttpResponse<String> response =
          send(
              HttpRequest.newBuilder(
                      URI.create(stack.keycloak().issuerUrl() + "/protocol/openid-connect/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("token request failed: " + response.body());
      }
      return read(response.body()).get("access_token").asText();
    }

    /** One HTTP exchange. */
    HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    JsonNode read(String body) {
      try {
        return json.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String write(Object value) {
      try {
        return json.writeValueAsString(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A database of the stack's PostgreSQL, to connect to when asked (it may be restarting). */
    Callable<Connection> db(String name) {
      return () -> database(name);
    }

    Connection database(String name) throws SQLException {
      PostgresNode postgres = stack.postgres();
      return DriverManager.getConnection(
          postgres.jdbcUrl(name), postgres.username(), postgres.password());
    }

    @Override
    public void close() {
      for (ChildJvm child : new ChildJvm[] {initiatives, panels, kafka}) {
        if (child != null) {
          child.close();
        }
      }
      stack.close();
    }

    private static ChildJvm service(
        StackLayout layout,
        LocalStack stack,
        String service,
        String database,
        String bootstrap,
        Path target) {
      return ChildJvm.service(
          layout.root(),
          service,
          Ports.free(),
          serviceSettings(stack, database, bootstrap),
          target.resolve(service + ".log"));
    }

    /**
     * What a packaged service needs to run on the stack: {@code database} of its PostgreSQL, its
     * Keycloak, and the broker(s) at {@code bootstrap}.
     */
    static Map<String, String> serviceSettings(
        LocalStack stack, String database, String bootstrap) {
      Map<String, String> settings = new HashMap<>(stack.postgres().quarkusDatasource(database));
      settings.put("kafka.bootstrap.servers", bootstrap);
      settings.put("quarkus.oidc.auth-server-url", stack.keycloak().issuerUrl());
      return settings;
    }
  }
}
