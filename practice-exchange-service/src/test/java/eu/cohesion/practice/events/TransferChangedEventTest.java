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
import eu.cohesion.practice.Unique;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Registering and moving a transfer puts eu.cohesion.transfer.changed on practice-events, keyed by
 * the transfer, as the AsyncAPI contract says, without texts or the author.
 */
@QuarkusTest
class TransferChangedEventTest {

  @Inject Practices practices;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-esbjerg-id", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "esbjerg"))
  void eachChangeReachesTheTopicOnceAndMatchesTheContract() throws Exception {
    UUID practice = practices.published("besancon", Unique.text("Shared gardens"));
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("note", "Private thoughts stay out of the event"))
            .when()
            .post("/practices/{id}/transfers", practice)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID initiative = UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("to", "ADAPTING", "initiativeId", initiative.toString()))
        .when()
        .post("/transfers/{id}/transitions", id)
        .then()
        .statusCode(200);

    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(() -> reader.recordsWithKey(id, Duration.ofMillis(500)), r -> r.size() >= 2);
      records = reader.recordsWithKey(id, Duration.ofSeconds(2));
      assertEquals(2, records.size(), "registered, then moved, once each");
      for (ConsumerRecord<String, String> each : records) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("practice-events", each.value()),
            "AsyncAPI");
      }
      JsonNode registered = json.readTree(records.get(0).value());
      assertEquals("eu.cohesion.transfer.changed", registered.get("type").asText());
      assertEquals(id, registered.get("subject").asText());
      JsonNode data = registered.get("data");
      assertEquals("REGISTERED", data.get("change").asText());
      assertEquals("INTERESTED", data.get("status").asText());
      assertEquals("besancon", data.get("sourceCity").asText());
      assertEquals("esbjerg", data.get("city").asText());
      assertEquals(practice.toString(), data.get("practiceId").asText());
      assertTrue(data.get("initiativeId").isNull());
      assertEquals(9, data.size(), "no texts, no author, nothing beyond the contract");
      assertTrue(!records.get(0).value().contains("Private thoughts"));
      assertTrue(!records.get(0).value().contains("coordinator-esbjerg-id"));

      JsonNode moved = json.readTree(records.get(1).value()).get("data");
      assertEquals("MOVED", moved.get("change").asText());
      assertEquals("ADAPTING", moved.get("status").asText());
      assertEquals(initiative.toString(), moved.get("initiativeId").asText());
    }
  }
}
