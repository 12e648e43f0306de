package eu.cohesion.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

  private final ObjectMapper json = new ObjectMapper();

  record PanelCreated(String panelId, String city) {}

  @Test
  void readsAStructuredCloudEventAndItsData() {
    ReceivedEvent event =
        ReceivedEvent.parse(
            json,
            """
            {"specversion":"1.0","id":"e-1","source":"/panel-service",
             "type":"eu.cohesion.panel.created","subject":"p-1","time":"2026-11-26T10:00:00Z",
             "datacontenttype":"application/json","data":{"panelId":"p-1","city":"tartu"}}
            """);
    assertEquals("e-1", event.id());
    assertEquals("eu.cohesion.panel.created", event.type());
    assertEquals(Instant.parse("2026-11-26T10:00:00Z"), event.time());
    assertEquals(new PanelCreated("p-1", "tartu"), event.dataAs(json, PanelCreated.class));
  }

  @Test
  void refusesWhatIsNotACloudEvent() {
    assertThrows(IllegalArgumentException.class, () -> ReceivedEvent.parse(json, "not json"));
    assertThrows(IllegalArgumentException.class, () -> ReceivedEvent.parse(json, "{\"id\":\"x\"}"));
  }
}
