package eu.cohesion.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The AsyncAPI event catalogue ({@code contracts/asyncapi.yaml}) as a test oracle: a service's test
 * hands it each CloudEvent it consumed from a topic and gets the list of ways the event departs
 * from the catalogue (empty when it conforms).
 */
public final class EventCatalogue {

  private final JsonNode document;
  private final ObjectMapper json = new ObjectMapper();

  private EventCatalogue(JsonNode document) {
    this.document = document;
  }

  public static EventCatalogue load() {
    try (InputStream in = EventCatalogue.class.getResourceAsStream("asyncapi.yaml")) {
      return new EventCatalogue(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the AsyncAPI catalogue", e);
    }
  }

  /** The CloudEvent types the catalogue declares for a topic. */
  public List<String> typesOn(String topic) {
    return messagesOn(topic).stream().map(m -> m.path("name").asText()).toList();
  }

  /** Problems of one record's value against the catalogue; empty when it conforms. */
  public List<String> violations(String topic, String cloudEventJson) {
    JsonNode event;
    try {
      event = json.readTree(cloudEventJson);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    String type = event.path("type").asText();
    Optional<JsonNode> message =
        messagesOn(topic).stream().filter(m -> m.path("name").asText().equals(type)).findFirst();
    if (message.isEmpty()) {
      return List.of("type '" + type + "' is not declared on topic " + topic);
    }
    List<String> problems = new ArrayList<>();
    new SchemaCheck(document, problems).check(message.get().path("payload"), event, "$");
    return problems;
  }

  private List<JsonNode> messagesOn(String topic) {
    JsonNode channel =
        StreamSupport.stream(document.path("channels").spliterator(), false)
            .filter(c -> c.path("address").asText().equals(topic))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no channel for topic " + topic));
    return StreamSupport.stream(channel.path("messages").spliterator(), false)
        .map(ref -> SchemaCheck.resolve(document, ref))
        .toList();
  }
}
