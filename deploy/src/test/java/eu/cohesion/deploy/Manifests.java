package eu.cohesion.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Where the charts and the platform resources are, and how they are rendered and checked. */
final class Manifests {

  static final List<String> SERVICES =
      List.of("panel-service", "initiative-service", "practice-exchange-service");

  static final Path ROOT = Path.of(System.getProperty("cohesion.root", "..")).toAbsolutePath();
  static final Path PLATFORM = ROOT.resolve("deploy/platform");
  static final Path VALIDATOR = ROOT.resolve("deploy/validate");
  static final Path RENDERED = ROOT.resolve("deploy/target/rendered");

  private static final YAMLMapper YAML = new YAMLMapper();

  private Manifests() {}

  /** The chart quarkus-helm wrote when the service was packaged. */
  static Path chart(String service) {
    Path chart = ROOT.resolve(service).resolve("target/helm/kubernetes").resolve(service);
    assertTrue(
        Files.isRegularFile(chart.resolve("Chart.yaml")),
        chart + " is missing: package " + service + " first (./mvnw package -pl " + service + ")");
    return chart;
  }

  /** `helm template` of a service's chart with these values set, as Helm itself renders it. */
  static String render(String service, Map<String, Object> values) {
    var template = new Helm(chart(service)).template().withName(service);
    values.forEach(template::set);
    return template.call();
  }

  /** The chart rendered with its defaults, written to deploy/target/rendered/SERVICE.yaml. */
  static Path renderToFile(String service) throws IOException {
    Files.createDirectories(RENDERED);
    Path file = RENDERED.resolve(service + ".yaml");
    Files.writeString(file, render(service, Map.of()));
    return file;
  }

  static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (var parser = YAML.getFactory().createParser(yaml)) {
      var values = YAML.readValues(parser, JsonNode.class);
      while (values.hasNext()) {
        JsonNode document = values.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  static List<JsonNode> platform(String file) throws IOException {
    return documents(Files.readString(PLATFORM.resolve(file)));
  }

  static JsonNode only(List<JsonNode> documents, String kind) {
    List<JsonNode> matching = ofKind(documents, kind);
    assertTrue(matching.size() == 1, "one " + kind + " expected, found " + matching.size());
    return matching.get(0);
  }

  static List<JsonNode> ofKind(List<JsonNode> documents, String kind) {
    return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
  }

  /** A Node script of deploy/validate run to its end: exit code and what it printed. */
  record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return new ObjectMapper().readTree(out);
    }
  }

  static Run node(String script, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(args);
    Path out = Files.createTempFile("validate", ".out");
    Path err = Files.createTempFile("validate", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(VALIDATOR.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "node " + script + " did not end");
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
