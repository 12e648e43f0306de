package eu.cohesion.initiative.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Real Kafka records: a measurement announces eu.cohesion.indicator.measured keyed by the
 * indicator, and the conclusion carries every indicator's outcome in exactly the shape
 * practice-exchange-service reads, both as the catalogue declares them.
 */
@QuarkusTest
class IndicatorEventsTest {

  private static final String TOWN = "celje";

  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-celje", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void measurementsAndTheConclusionCarryTheIndicatorsFacts() throws Exception {
    String initiative =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("panelId", db.knownPanel(TOWN).toString(), "title", "Shared gardens"))
            .when()
            .post("/initiatives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String measured =
        indicator(initiative, "Residents meeting neighbours weekly", 30, 60, "HIGHER_IS_BETTER");
    String unmeasured =
        indicator(initiative, "Complaints about the square", 40, 10, "LOWER_IS_BETTER");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "measuredOn",
                "2026-05-31",
                "value",
                45.5,
                "source",
                "Town survey",
                "note",
                "n=412"))
        .when()
        .post("/indicators/" + measured + "/measurements")
        .then()
        .statusCode(201);

    String etag = "\"0\"";
    for (String to : List.of("PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW")) {
      etag = step(initiative, etag, Map.of("to", to, "reason", "next"));
    }
    step(
        initiative,
        etag,
        Map.of(
            "to", "CONCLUDED",
            "reason", "reviewed",
            "outcome", "ADAPTED",
            "conclusion", "Keep the gardens, move the benches."));

    EventCatalogue catalogue = EventCatalogue.load();
    JsonNode measuredEvent;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> reader.recordsWithKey(measured, Duration.ofMillis(500)), r -> !r.isEmpty());
      records = reader.recordsWithKey(measured, Duration.ofSeconds(1));
      assertEquals(1, records.size(), "one measurement, one event");
      assertEquals(List.of(), catalogue.violations("initiative-events", records.get(0).value()));
      measuredEvent = json.readTree(records.get(0).value());
    }
    assertEquals("eu.cohesion.indicator.measured", measuredEvent.get("type").asText());
    assertEquals(measured, measuredEvent.get("subject").asText());
    JsonNode data = measuredEvent.get("data");
    assertEquals(measured, data.get("indicatorId").asText());
    assertEquals(initiative, data.get("initiativeId").asText());
    assertEquals(TOWN, data.get("city").asText());
    assertEquals(45.5, data.get("value").asDouble());
    assertEquals("2026-05-31", data.get("measuredOn").asText());
    assertEquals(51.7, data.get("progressPercent").asDouble());
    assertEquals(false, data.get("targetMet").asBoolean());
    assertEquals(8, data.size(), "ids and figures only: no source, no note");

    JsonNode concluded;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      concluded =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      reader.recordsWithKey(initiative, Duration.ofMillis(500)).stream()
                          .map(ConsumerRecord::value)
                          .filter(v -> v.contains("eu.cohesion.initiative.concluded"))
                          .toList(),
                  r -> !r.isEmpty())
              .stream()
              .map(v -> catalogueChecked(catalogue, v))
              .findFirst()
              .orElseThrow();
    }
    JsonNode outcomes = concluded.get("data").get("indicatorOutcomes");
    assertEquals(2, outcomes.size());
    Set<String> shape = new TreeSet<>();
    outcomes.get(0).fieldNames().forEachRemaining(shape::add);
    assertEquals(
        new TreeSet<>(
            List.of(
                "indicatorId",
                "name",
                "unit",
                "direction",
                "baseline",
                "target",
                "latestValue",
                "latestMeasuredOn",
                "progressPercent",
                "targetMet")),
        shape);

    JsonNode first = outcomes.get(0);
    assertEquals(measured, first.get("indicatorId").asText());
    assertEquals("Residents meeting neighbours weekly", first.get("name").asText());
    assertEquals("%", first.get("unit").asText());
    assertEquals("HIGHER_IS_BETTER", first.get("direction").asText());
    assertEquals(30, first.get("baseline").asDouble());
    assertEquals(60, first.get("target").asDouble());
    assertEquals(45.5, first.get("latestValue").asDouble());
    assertEquals("2026-05-31", first.get("latestMeasuredOn").asText());
    assertEquals(51.7, first.get("progressPercent").asDouble());
    assertEquals(false, first.get("targetMet").asBoolean());

    JsonNode second = outcomes.get(1);
    assertEquals(unmeasured, second.get("indicatorId").asText());
    assertEquals("LOWER_IS_BETTER", second.get("direction").asText());
    assertTrue(second.get("latestValue").isNull());
    assertTrue(second.get("latestMeasuredOn").isNull());
    assertTrue(second.get("progressPercent").isNull());
    assertEquals(false, second.get("targetMet").asBoolean());
  }

  private JsonNode catalogueChecked(EventCatalogue catalogue, String value) {
    assertEquals(List.of(), catalogue.violations("initiative-events", value));
    try {
      return json.readTree(value);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String indicator(
      String initiative, String name, int baseline, int target, String direction) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", name,
                "unit", "%",
                "baseline", baseline,
                "target", target,
                "direction", direction))
        .when()
        .post("/initiatives/" + initiative + "/indicators")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String step(String id, String etag, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .when()
        .post("/initiatives/" + id + "/transitions")
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }
}
