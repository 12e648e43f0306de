package eu.cohesion.kit.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.messaging.PoisonEvent.Reason;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A CloudEvent read from a topic, its data left as JSON for the consumer to map; {@code
 * traceparent} is the producer's trace context, or null.
 */
public record ReceivedEvent(
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String traceparent,
    JsonNode data) {

  /**
   * Parses a structured-mode CloudEvent. A record that is not one is {@link PoisonEvent}: no retry
   * can make it readable.
   */
  public static ReceivedEvent parse(ObjectMapper json, String payload) {
    if (payload == null) {
      throw new PoisonEvent(Reason.UNPARSEABLE, "a record without a value");
    }
    JsonNode root;
    try {
      root = json.readTree(payload);
    } catch (IOException e) {
      throw new PoisonEvent(Reason.UNPARSEABLE, "not JSON: " + abbreviate(payload), e);
    }
    if (root == null || !root.isObject()) {
      throw new PoisonEvent(Reason.NOT_A_CLOUD_EVENT, "not a JSON object: " + abbreviate(payload));
    }
    for (String attribute : new String[] {"specversion", "id", "source", "type"}) {
      if (!root.path(attribute).isTextual() || root.path(attribute).asText().isBlank()) {
        throw new PoisonEvent(
            Reason.NOT_A_CLOUD_EVENT, "no " + attribute + " in " + abbreviate(payload));
      }
    }
    if (!"1.0".equals(root.path("specversion").asText())) {
      throw new PoisonEvent(
          Reason.UNSUPPORTED_SPEC_VERSION,
          "specversion " + root.path("specversion").asText() + ", this consumer reads 1.0");
    }
    try {
      return new ReceivedEvent(
          root.path("id").asText(),
          root.path("source").asText(),
          root.path("type").asText(),
          root.path("subject").asText(),
          root.hasNonNull("time") ? Instant.parse(root.path("time").asText()) : null,
          root.path("traceparent").isTextual() ? root.path("traceparent").asText() : null,
          root.path("data"));
    } catch (DateTimeParseException e) {
      throw new PoisonEvent(Reason.NOT_A_CLOUD_EVENT, "time is no RFC 3339 timestamp", e);
    }
  }

  /**
   * The data as the consumer's record type. Fields a newer producer added are ignored, so producers
   * can extend an event without breaking its consumers.
   */
  public <T> T dataAs(ObjectMapper json, Class<T> type) {
    if (data == null || !data.isObject()) {
      throw new PoisonEvent(Reason.INVALID_DATA, this.type + " " + id + " carries no data object");
    }
    try {
      return json.readerFor(type)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(data);
    } catch (IOException e) {
      throw new PoisonEvent(
          Reason.INVALID_DATA,
          "data of " + this.type + " " + id + " does not fit " + type.getSimpleName(),
          e);
    }
  }

  private static String abbreviate(String payload) {
    return payload.length() <= 200 ? payload : payload.substring(0, 200) + "…";
  }
}
