package eu.cohesion.practice.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.Practices;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A practice's whole validation on practice-events, as real Kafka records: each step's event once,
 * in order, each as the AsyncAPI contract describes it, with ids and facts only.
 */
@QuarkusTest
class PracticeValidationEventsTest {

  @Inject Practices practices;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void everyValidationStepAndRevisionReachesTheTopic() throws Exception {
    UUID id = practices.returned("panevezys", "Mentors", "Add the figures.");
    practices.submit(id, 3);
    post(id, "publish", 4, null);
    Map<String, Object> text = new java.util.HashMap<>();
    text.put("title", "Mentors, revised");
    text.put("summary", "Summary");
    text.put("context", "Context");
    text.put("approach", "Approach");
    text.put("results", "Results: 40 mentors");
    text.put("resources", "Resources");
    text.put("transferability", "Transferability");
    text.put("lessons", "Lessons");
    String revisedAt =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", "\"5\"")
            .body(text)
            .when()
            .put("/practices/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .path("updatedAt");
    post(id, "unpublish", 6, "It names a resident.");

    List<String> expected =
        List.of(
            "eu.cohesion.practice.drafted",
            "eu.cohesion.practice.submitted",
            "eu.cohesion.practice.returned",
            "eu.cohesion.practice.submitted",
            "eu.cohesion.practice.published",
            "eu.cohesion.practice.revised",
            "eu.cohesion.practice.unpublished");
    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> reader.recordsWithKey(id.toString(), Duration.ofMillis(500)),
                  r -> r.size() >= expected.size());
      records = reader.recordsWithKey(id.toString(), Duration.ofSeconds(2));
      List<String> types = new ArrayList<>();
      for (ConsumerRecord<String, String> each : records) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("practice-events", each.value()),
            "AsyncAPI");
        JsonNode event = json.readTree(each.value());
        types.add(event.get("type").asText());
        assertEquals(id.toString(), event.get("subject").asText());
        JsonNode data = event.get("data");
        assertEquals(id.toString(), data.get("practiceId").asText());
        assertEquals("panevezys", data.get("city").asText());
      }
      assertEquals(expected, types, "each step once, in order");

      JsonNode returned = json.readTree(records.get(2).value()).get("data");
      assertEquals(3, returned.size(), "ids and facts only: the reason stays with the practice");
      Instant.parse(returned.get("returnedAt").asText());
      Instant.parse(json.readTree(records.get(1).value()).get("data").get("submittedAt").asText());

      JsonNode revised = json.readTree(records.get(5).value()).get("data");
      assertEquals(2, revised.get("revision").asInt());
      assertEquals(Instant.parse(revisedAt), Instant.parse(revised.get("revisedAt").asText()));
      assertEquals(4, revised.size());

      JsonNode unpublished = json.readTree(records.get(6).value()).get("data");
      Instant.parse(unpublished.get("unpublishedAt").asText());
      assertEquals(3, unpublished.size());
    }
  }

  private static void post(UUID id, String step, long version, String reason) {
    var request = given().header("If-Match", "\"" + version + "\"");
    if (reason != null) {
      request = request.contentType(ContentType.JSON).body(Map.of("reason", reason));
    }
    request.when().post("/practices/{id}/" + step, id).then().statusCode(200);
  }
}
