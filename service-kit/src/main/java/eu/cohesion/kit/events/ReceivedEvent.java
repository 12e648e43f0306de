package eu.cohesion.kit.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;

/** A CloudEvent read from a topic, its data left as JSON for the consumer to map. */
public record ReceivedEvent(
    String id, String source, String type, String subject, Instant time, JsonNode data) {

  /**
   * Parses a structured-mode CloudEvent. A record that is not one is refused with an exception,
   * which sends it to the channel's dead-letter topic instead of blocking the partition.
   */
  public static ReceivedEvent parse(ObjectMapper json, String payload) {
    try {
      JsonNode root = json.readTree(payload);
      if (!"1.0".equals(root.path("specversion").asText()) || !root.hasNonNull("id")) {
        throw new IllegalArgumentException("not a CloudEvent 1.0: " + abbreviate(payload));
      }
      return new ReceivedEvent(
          root.path("id").asText(),
          root.path("source").asText(),
          root.path("type").asText(),
          root.path("subject").asText(),
          root.hasNonNull("time") ? Instant.parse(root.path("time").asText()) : null,
          root.path("data"));
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + abbreviate(payload), e);
    }
  }

  /**
   * The data as the consumer's record type. Fields a newer producer added are ignored, so producers
   * can extend an event without breaking its consumers.
   */
  public <T> T dataAs(ObjectMapper json, Class<T> type) {
    try {
      return json.readerFor(type)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(data);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "data of " + this.type + " " + id + " does not fit " + type.getSimpleName(), e);
    }
  }

  private static String abbreviate(String payload) {
    return payload.length() <= 200 ? payload : payload.substring(0, 200) + "…";
  }
}
