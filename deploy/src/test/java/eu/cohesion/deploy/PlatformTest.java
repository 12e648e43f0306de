package eu.cohesion.deploy;

import static eu.cohesion.deploy.Manifests.PLATFORM;
import static eu.cohesion.deploy.Manifests.ROOT;
import static eu.cohesion.deploy.Manifests.SERVICES;
import static eu.cohesion.deploy.Manifests.documents;
import static eu.cohesion.deploy.Manifests.node;
import static eu.cohesion.deploy.Manifests.ofKind;
import static eu.cohesion.deploy.Manifests.only;
import static eu.cohesion.deploy.Manifests.platform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rendered charts and the operators' resources in deploy/platform, validated against their
 * schemas offline (deploy/validate/validate.mjs), and the platform kept in step with what the
 * services use: every topic they read or write, replicated three times with two in sync.
 */
class PlatformTest {

  private static final Pattern TOPIC = Pattern.compile("(?m)^[^#%\\s][^=]*\\.topic=(\\S+)$");

  @Test
  void renderedChartsAndPlatformResourcesMatchTheirSchemas() throws Exception {
    List<String> files = new ArrayList<>();
    for (String service : SERVICES) {
      files.add(Manifests.renderToFile(service).toString());
    }
    try (Stream<Path> platform = Files.list(PLATFORM)) {
      platform.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().forEach(files::add);
    }

    var run = node("validate.mjs", files);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode kinds = run.json().path("kinds");
    assertEquals(SERVICES.size(), kinds.path("Deployment").asInt());
    assertEquals(SERVICES.size(), kinds.path("Service").asInt());
    assertEquals(
        ofKind(platform("kafka.yaml"), "KafkaTopic").size(), kinds.path("KafkaTopic").asInt());
    for (String kind :
        List.of("Kafka", "KafkaNodePool", "Cluster", "Keycloak", "KeycloakRealmImport")) {
      assertEquals(1, kinds.path(kind).asInt(), kind);
    }
  }

  @Test
  void theValidatorRefusesWhatAClusterWouldRefuse() throws Exception {
    Path rendered = Manifests.renderToFile("panel-service");
    Path broken = Files.createTempFile("broken", ".yaml");
    try {
      Files.writeString(
          broken,
          Files.readString(rendered).replace("replicas: 2", "replicas: two")
              + "\n---\napiVersion: example.org/v1\nkind: Unknown\nmetadata:\n  name: x\n");

      var run = node("validate.mjs", List.of(broken.toString()));

      assertEquals(1, run.exitCode());
      assertTrue(
          run.err().contains("Deployment panel-service: data/spec/replicas must be integer"),
          run.err());
      assertTrue(run.err().contains("no schema for example.org/v1 Unknown"), run.err());
    } finally {
      Files.delete(broken);
    }
  }

  @Test
  void declaresEveryTopicTheServicesUseReplicatedThreeTimesTwoInSync() throws IOException {
    List<JsonNode> kafka = platform("kafka.yaml");
    Set<String> declared =
        ofKind(kafka, "KafkaTopic").stream()
            .map(t -> t.at("/metadata/name").asText())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> used = new TreeSet<>();
    for (String service : SERVICES) {
      var matcher =
          TOPIC.matcher(
              Files.readString(
                  ROOT.resolve(service).resolve("src/main/resources/application.properties")));
      while (matcher.find()) {
        used.add(matcher.group(1));
      }
    }
    assertTrue(used.contains("panel-events") && used.contains("panel-events-dlq"), used.toString());
    assertEquals(used, declared);

    for (JsonNode topic : ofKind(kafka, "KafkaTopic")) {
      assertEquals(3, topic.at("/spec/replicas").asInt(), topic.toString());
      assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), topic.toString());
    }
    JsonNode config = only(kafka, "Kafka").at("/spec/kafka/config");
    assertEquals(3, config.path("default.replication.factor").asInt());
    assertEquals(2, config.path("min.insync.replicas").asInt());
    JsonNode nodes = only(kafka, "KafkaNodePool");
    assertEquals(3, nodes.at("/spec/replicas").asInt(), "three KRaft nodes");
    assertEquals(Set.of("controller", "broker"), roles(nodes));
  }

  @Test
  void theRealmImportIsTheLocalRealmWithoutItsDemoPartsAndSecrets() throws Exception {
    var check = node("realm-import.mjs", List.of("--check"));
    assertEquals(0, check.exitCode(), check.err());

    String text = Files.readString(PLATFORM.resolve("keycloak-realm-import.yaml"));
    assertFalse(text.contains("demo-secret"), "a demo client secret");
    assertFalse(text.contains("127.0.0.1") || text.contains("localhost"), "a loopback address");
    JsonNode realm = only(documents(text), "KeycloakRealmImport").at("/spec/realm");
    for (JsonNode user : realm.path("users")) {
      assertTrue(user.hasNonNull("serviceAccountClientId"), "a person: " + user.path("username"));
      assertFalse(user.has("credentials"), "credentials of " + user.path("username"));
    }
    assertEquals(
        Set.of("cohesion-web", "panel-service", "initiative-service"),
        Set.copyOf(realm.path("clients").findValuesAsText("clientId")));
  }

  private static Set<String> roles(JsonNode nodePool) {
    Set<String> roles = new TreeSet<>();
    nodePool.at("/spec/roles").forEach(role -> roles.add(role.asText()));
    return roles;
  }
}
