package eu.cohesion.practice.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.Practices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Publishing a practice puts one structured CloudEvent on practice-events, behind its draft's and
 * its submission's.
 */
@QuarkusTest
class PracticePublishedEventTest {

  @Inject Practices practices;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void thePublishedEventReachesTheTopic() throws Exception {
    UUID id = practices.submitted("panevezys", "Neighbourhood mentors");
    String publishedAt =
        given()
            .header("If-Match", "\"2\"")
            .when()
            .post("/practices/{id}/publish", id)
            .then()
            .statusCode(200)
            .extract()
            .path("publishedAt");

    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> reader.recordsWithKey(id.toString(), Duration.ofMillis(500)),
                  r -> r.size() >= 3);
      // Keep listening for a while: a second copy would show up now if the relay re-sent it.
      records = reader.recordsWithKey(id.toString(), Duration.ofSeconds(2));
      assertEquals(3, records.size(), "drafted, submitted, then published, once each");
      for (ConsumerRecord<String, String> each : records) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("practice-events", each.value()),
            "AsyncAPI");
      }
      assertEquals(
          "eu.cohesion.practice.drafted",
          json.readTree(records.get(0).value()).get("type").asText());

      assertEquals(
          "eu.cohesion.practice.submitted",
          json.readTree(records.get(1).value()).get("type").asText());

      ConsumerRecord<String, String> record = records.get(2);
      assertEquals(
          "application/cloudevents+json; charset=UTF-8",
          new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
      JsonNode event = json.readTree(record.value());
      assertEquals("1.0", event.get("specversion").asText());
      UUID.fromString(event.get("id").asText());
      assertEquals("/practice-exchange-service", event.get("source").asText());
      assertEquals("eu.cohesion.practice.published", event.get("type").asText());
      assertEquals(id.toString(), event.get("subject").asText());
      assertEquals("application/json", event.get("datacontenttype").asText());
      assertTrue(event.get("time").asText().endsWith("Z"), "time is UTC");
      // The trace context of the change travels with the event (CloudEvents distributed tracing).
      assertTrue(
          event.get("traceparent").asText().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"),
          "a W3C traceparent");
      assertEquals(
          9, event.size(), "no attributes beyond the CloudEvent envelope and its traceparent");

      JsonNode data = event.get("data");
      assertEquals(id.toString(), data.get("practiceId").asText());
      assertEquals("panevezys", data.get("city").asText());
      UUID.fromString(data.get("sourceInitiativeId").asText());
      assertEquals("Neighbourhood mentors", data.get("title").asText());
      assertEquals(Instant.parse(publishedAt), Instant.parse(data.get("publishedAt").asText()));
      assertEquals(5, data.size(), "no personal data, nothing beyond the contract");
    }
  }
}
