package eu.cohesion.panel.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.panel.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Creating a panel puts one structured CloudEvent on panel-events, keyed by the panel id. */
@QuarkusTest
class PanelCreatedEventTest {

  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-esbjerg", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "esbjerg"))
  void theCreatedEventReachesTheTopic() throws Exception {
    String name = "Esbjerg LPS " + UUID.randomUUID();
    String panelId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "esbjerg", "name", name, "description", "private notes"))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    try (TopicReader consumer = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> consumer.recordsWithKey(panelId, Duration.ofMillis(500)),
                  r -> !r.isEmpty());
      assertEquals(1, records.size());
      ConsumerRecord<String, String> record = records.get(0);

      Header contentType = record.headers().lastHeader("content-type");
      assertEquals(
          "application/cloudevents+json; charset=UTF-8",
          new String(contentType.value(), StandardCharsets.UTF_8));

      assertEquals(
          List.of(), EventCatalogue.load().violations("panel-events", record.value()), "AsyncAPI");
      JsonNode event = json.readTree(record.value());
      assertEquals("1.0", event.get("specversion").asText());
      UUID.fromString(event.get("id").asText());
      assertEquals("/panel-service", event.get("source").asText());
      assertEquals("eu.cohesion.panel.created", event.get("type").asText());
      assertEquals(panelId, event.get("subject").asText());
      assertEquals(record.key(), event.get("subject").asText());
      assertEquals("application/json", event.get("datacontenttype").asText());
      Instant time = Instant.parse(event.get("time").asText());
      assertTrue(Duration.between(time, Instant.now()).abs().toMinutes() < 5, "time is now");
      assertTrue(event.get("time").asText().endsWith("Z"), "time is UTC");

      JsonNode data = event.get("data");
      assertEquals(panelId, data.get("panelId").asText());
      assertEquals("esbjerg", data.get("city").asText());
      assertEquals(name, data.get("name").asText());
      assertEquals(3, data.size(), "data carries panelId, city and name only");
      // The request's trace context travels with the event (CloudEvents distributed tracing).
      assertTrue(
          event.get("traceparent").asText().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"),
          "a W3C traceparent");
      assertEquals(
          9, event.size(), "no attributes beyond the CloudEvent envelope and its traceparent");
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> db.createdEventPublishedAt(UUID.fromString(panelId)).isPresent());
  }
}
