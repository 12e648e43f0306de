package eu.cohesion.deploy;

import static eu.cohesion.deploy.Manifests.SERVICES;
import static eu.cohesion.deploy.Manifests.documents;
import static eu.cohesion.deploy.Manifests.ofKind;
import static eu.cohesion.deploy.Manifests.only;
import static eu.cohesion.deploy.Manifests.platform;
import static eu.cohesion.deploy.Manifests.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The charts quarkus-helm writes, as Helm renders them: two replicas behind a Service, probes on
 * the service's health checks, and every address and secret pointing at a resource that
 * deploy/platform really declares, so that a renamed cluster or secret fails here, not at install
 * time.
 */
class HelmChartsTest {

  @ParameterizedTest
  @FieldSource("eu.cohesion.deploy.Manifests#SERVICES")
  void passesHelmLintStrictly(String service) {
    var lint = new Helm(Manifests.chart(service)).lint().strict().call();
    assertFalse(lint.isFailed(), service + ": " + lint.getMessages());
  }

  @ParameterizedTest
  @FieldSource("eu.cohesion.deploy.Manifests#SERVICES")
  void runsTwoReplicasBehindAServiceWithHealthProbes(String service) throws IOException {
    List<JsonNode> rendered = documents(render(service, Map.of()));
    JsonNode deployment = only(rendered, "Deployment");
    assertEquals(2, deployment.at("/spec/replicas").asInt());

    JsonNode container = container(deployment);
    int httpPort = port(container, "http");
    assertProbe(container, "readinessProbe", "/q/health/ready", httpPort);
    assertProbe(container, "livenessProbe", "/q/health/live", httpPort);
    assertProbe(container, "startupProbe", "/q/health/started", httpPort);

    // The selector must not change between versions: a Deployment's selector is immutable.
    JsonNode selector = deployment.at("/spec/selector/matchLabels");
    assertNull(selector.get("app.kubernetes.io/version"), "version in the selector");
    JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
    selector.properties().forEach(l -> assertEquals(l.getValue(), podLabels.get(l.getKey())));

    JsonNode serviceResource = only(rendered, "Service");
    serviceResource
        .at("/spec/selector")
        .properties()
        .forEach(l -> assertEquals(l.getValue(), podLabels.get(l.getKey()), l.getKey()));
    JsonNode servicePort = serviceResource.at("/spec/ports/0");
    assertEquals(80, servicePort.path("port").asInt(), "peers call http://" + service);
    assertEquals(httpPort, servicePort.path("targetPort").asInt());
  }

  @ParameterizedTest
  @FieldSource("eu.cohesion.deploy.Manifests#SERVICES")
  void pointsAtThePlatformsKafkaDatabaseAndKeycloak(String service) throws IOException {
    JsonNode container = container(only(documents(render(service, Map.of())), "Deployment"));

    List<JsonNode> kafka = platform("kafka.yaml");
    JsonNode cluster = only(kafka, "Kafka");
    JsonNode plain = cluster.at("/spec/kafka/listeners/0");
    assertEquals(
        cluster.at("/metadata/name").asText() + "-kafka-bootstrap:" + plain.path("port").asInt(),
        value(container, "KAFKA_BOOTSTRAP_SERVERS"));

    List<JsonNode> postgres = platform("postgres.yaml");
    String database = only(postgres, "Cluster").at("/metadata/name").asText();
    Set<String> databases = new HashSet<>();
    databases.add(only(postgres, "Cluster").at("/spec/bootstrap/initdb/database").asText());
    ofKind(postgres, "Database").forEach(d -> databases.add(d.at("/spec/name").asText()));
    String url = value(container, "QUARKUS_DATASOURCE_JDBC_URL");
    String prefix = "jdbc:postgresql://" + database + "-rw:5432/";
    assertTrue(url.startsWith(prefix), url);
    assertTrue(databases.contains(url.substring(prefix.length())), url + " not in " + databases);
    assertSecret(container, "QUARKUS_DATASOURCE_USERNAME", database + "-app", "username");
    assertSecret(container, "QUARKUS_DATASOURCE_PASSWORD", database + "-app", "password");

    List<JsonNode> keycloak = platform("keycloak.yaml");
    JsonNode server = only(keycloak, "Keycloak");
    JsonNode realm = only(platform("keycloak-realm-import.yaml"), "KeycloakRealmImport");
    String realmPath = "/realms/" + realm.at("/spec/realm/realm").asText();
    assertEquals(
        "http://" + server.at("/metadata/name").asText() + "-service:8080" + realmPath,
        value(container, "QUARKUS_OIDC_AUTH_SERVER_URL"));
    assertEquals(
        server.at("/spec/hostname/hostname").asText() + realmPath,
        value(container, "QUARKUS_OIDC_TOKEN_ISSUER"));

    // A service with a client of its own reads the secret the realm import sets it from.
    boolean ownClient = false;
    for (JsonNode client : realm.at("/spec/realm/clients")) {
      if (service.equals(client.path("clientId").asText())) {
        ownClient = true;
        String placeholder = client.path("secret").asText().replaceAll("^\\$\\{|}$", "");
        JsonNode source = realm.at("/spec/placeholders/" + placeholder + "/secret");
        assertSecret(
            container,
            "COHESION_KEYCLOAK_CLIENT_SECRET",
            source.path("name").asText(),
            source.path("key").asText());
      }
    }
    boolean readsASecret =
        container.findValuesAsText("name").contains("COHESION_KEYCLOAK_CLIENT_SECRET");
    assertEquals(ownClient, readsASecret, "client of its own in the realm import");
  }

  @Test
  void everyServiceHasADatabaseOfItsOwn() throws IOException {
    Set<String> urls = new HashSet<>();
    for (String service : SERVICES) {
      JsonNode container = container(only(documents(render(service, Map.of())), "Deployment"));
      assertTrue(urls.add(value(container, "QUARKUS_DATASOURCE_JDBC_URL")), service);
    }
  }

  @ParameterizedTest
  @FieldSource("eu.cohesion.deploy.Manifests#SERVICES")
  void keepsThePodNameAsTheConsumersInstanceIdAndListensBeyondLoopback(String service)
      throws IOException {
    JsonNode container = container(only(documents(render(service, Map.of())), "Deployment"));
    for (JsonNode env : container.path("env")) {
      assertFalse("HOSTNAME".equals(env.path("name").asText()), "HOSTNAME is set");
    }
    assertEquals("0.0.0.0", value(container, "QUARKUS_HTTP_HOST"));
  }

  @Test
  void takesTheImageReplicasAndAddressesFromValues() throws IOException {
    JsonNode deployment =
        only(
            documents(
                render(
                    "panel-service",
                    Map.of(
                        "app.replicas", 3,
                        "app.image", "registry.town.example/cohesion/panel-service:1.0.0",
                        "app.envs.QUARKUS_OIDC_TOKEN_ISSUER",
                            "https://login.town.example/realms/cohesion"))),
            "Deployment");
    assertEquals(3, deployment.at("/spec/replicas").asInt());
    JsonNode container = container(deployment);
    assertEquals(
        "registry.town.example/cohesion/panel-service:1.0.0", container.path("image").asText());
    assertEquals(
        "https://login.town.example/realms/cohesion",
        value(container, "QUARKUS_OIDC_TOKEN_ISSUER"));
  }

  private static JsonNode container(JsonNode deployment) {
    JsonNode containers = deployment.at("/spec/template/spec/containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  private static int port(JsonNode container, String name) {
    for (JsonNode port : container.path("ports")) {
      if (name.equals(port.path("name").asText())) {
        return port.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no port " + name);
  }

  private static void assertProbe(JsonNode container, String probe, String path, int port) {
    JsonNode get = container.path(probe).path("httpGet");
    assertEquals(path, get.path("path").asText(), probe);
    assertEquals(port, get.path("port").asInt(), probe);
  }

  private static JsonNode env(JsonNode container, String name) {
    for (JsonNode env : container.path("env")) {
      if (name.equals(env.path("name").asText())) {
        return env;
      }
    }
    throw new AssertionError("no variable " + name);
  }

  private static String value(JsonNode container, String name) {
    JsonNode value = env(container, name).get("value");
    assertTrue(value != null && value.isTextual(), name + " has no value");
    return value.asText();
  }

  private static void assertSecret(JsonNode container, String name, String secret, String key) {
    JsonNode ref = env(container, name).at("/valueFrom/secretKeyRef");
    assertEquals(secret, ref.path("name").asText(), name);
    assertEquals(key, ref.path("key").asText(), name);
  }
}
