package eu.cohesion.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plays panel-service: puts {@code eu.cohesion.person.erased} on {@code panel-events}. */
@ApplicationScoped
public class PanelEvents {

  public static final String TOPIC = "panel-events";

  private final ObjectMapper json = new ObjectMapper();
  private final InitiativeEvents producer;

  PanelEvents(InitiativeEvents producer) {
    this.producer = producer;
  }

  /** The CloudEvent of an erasure as panel-service sends it, keyed by the panel. */
  public String personErased(String eventId, UUID panelId, UUID keycloakUserId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("panelId", panelId.toString());
    data.put("keycloakUserId", keycloakUserId == null ? null : keycloakUserId.toString());
    data.put("memberIds", List.of(UUID.randomUUID().toString()));
    data.put("erasedAt", Instant.now().toString());
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("specversion", "1.0");
    event.put("id", eventId);
    event.put("source", "/panel-service");
    event.put("type", "eu.cohesion.person.erased");
    event.put("subject", panelId.toString());
    event.put("time", Instant.now().toString());
    event.put("datacontenttype", "application/json");
    event.put("data", data);
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends one record and waits for the broker's ack. */
  public void send(UUID key, String value) {
    producer.sendTo(TOPIC, key, value);
  }
}
