package eu.cohesion.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.messaging.PoisonEvent.Reason;
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
  void refusesWhatIsNotACloudEventAsPoisonNamingWhy() {
    assertEquals(Reason.UNPARSEABLE, refusal("not json"));
    assertEquals(Reason.NOT_A_CLOUD_EVENT, refusal("[1, 2]"));
    assertEquals(Reason.NOT_A_CLOUD_EVENT, refusal("{\"id\":\"x\"}"));
    assertEquals(
        Reason.NOT_A_CLOUD_EVENT,
        refusal("{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/s\"}"));
    assertEquals(
        Reason.NOT_A_CLOUD_EVENT,
        refusal(
            "{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/s\",\"type\":\"t\","
                + "\"time\":\"yesterday\"}"));
    assertEquals(
        Reason.UNSUPPORTED_SPEC_VERSION,
        refusal("{\"specversion\":\"2.0\",\"id\":\"e\",\"source\":\"/s\",\"type\":\"t\"}"));
  }

  @Test
  void dataThatDoesNotFitThePayloadRecordIsInvalid() {
    ReceivedEvent event =
        ReceivedEvent.parse(
            json,
            "{\"specversion\":\"1.0\",\"id\":\"e\",\"source\":\"/s\",\"type\":\"t\","
                + "\"data\":{\"panelId\":{\"nested\":true}}}");
    PoisonEvent poison =
        assertThrows(PoisonEvent.class, () -> event.dataAs(json, PanelCreated.class));
    assertEquals(Reason.INVALID_DATA, poison.reason());
  }

  private Reason refusal(String payload) {
    return assertThrows(PoisonEvent.class, () -> ReceivedEvent.parse(json, payload)).reason();
  }
}
