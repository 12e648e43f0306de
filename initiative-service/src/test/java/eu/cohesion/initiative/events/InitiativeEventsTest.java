package eu.cohesion.initiative.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An initiative walked from DRAFT to CONCLUDED/ADOPTED over HTTP puts its whole story on
 * initiative-events, in order, keyed by the initiative: what practice-exchange-service consumes.
 */
@QuarkusTest
class InitiativeEventsTest {

  private static final String TOWN = "besancon";

  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-besancon", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void aConcludedInitiativeTellsItsStoryOnTheTopic() throws Exception {
    UUID panelId = db.knownPanel(TOWN);
    ExtractableResponse<Response> created =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "panelId", panelId.toString(),
                    "title", "Repair café with newcomers",
                    "summary", "Locals and newcomers fix things together."))
            .when()
            .post("/initiatives")
            .then()
            .statusCode(201)
            .extract();
    String id = created.path("id");
    String etag = created.header("ETag");

    List<String> steps = List.of("PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW");
    for (String to : steps) {
      etag = step(id, etag, Map.of("to", to, "reason", "next: " + to)).header("ETag");
    }
    step(
        id,
        etag,
        Map.of(
            "to", "CONCLUDED",
            "reason", "the panel reviewed the pilot",
            "outcome", "ADOPTED",
            "conclusion", "Keep it, twice a month."));
    given()
        .when()
        .get("/initiatives/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("CONCLUDED"))
        .body("outcome", equalTo("ADOPTED"))
        .body("allowedTransitions", empty())
        .body("history", hasSize(6));

    List<ConsumerRecord<String, String>> records;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> reader.recordsWithKey(id, Duration.ofMillis(500)), r -> r.size() >= 7);
      // Keep listening a little: a duplicate would show up now.
      records = reader.recordsWithKey(id, Duration.ofSeconds(2));
    }
    assertEquals(7, records.size(), "created, five status changes, concluded");

    EventCatalogue catalogue = EventCatalogue.load();
    List<JsonNode> events = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(List.of(), catalogue.violations("initiative-events", record.value()));
      assertEquals(id, record.key());
      assertEquals(
          "application/cloudevents+json; charset=UTF-8",
          new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
      events.add(json.readTree(record.value()));
    }
    assertEquals(
        List.of(
            "eu.cohesion.initiative.created",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.concluded"),
        events.stream().map(e -> e.get("type").asText()).toList());

    List<String> froms = new ArrayList<>();
    List<String> tos = new ArrayList<>();
    for (JsonNode changed : events.subList(1, 6)) {
      JsonNode data = changed.get("data");
      assertEquals(id, data.get("initiativeId").asText());
      assertEquals(panelId.toString(), data.get("panelId").asText());
      assertEquals(TOWN, data.get("city").asText());
      assertEquals(changed.get("time").asText(), data.get("changedAt").asText());
      assertEquals(6, data.size(), "initiativeId, panelId, city, from, to, changedAt only");
      froms.add(data.get("from").asText());
      tos.add(data.get("to").asText());
    }
    assertEquals(List.of("DRAFT", "PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW"), froms);
    assertEquals(List.of("PROPOSED", "APPROVED", "PILOTING", "UNDER_REVIEW", "CONCLUDED"), tos);

    JsonNode concluded = events.get(6);
    assertEquals("1.0", concluded.get("specversion").asText());
    UUID.fromString(concluded.get("id").asText());
    assertEquals("/initiative-service", concluded.get("source").asText());
    assertEquals(id, concluded.get("subject").asText());
    assertEquals("application/json", concluded.get("datacontenttype").asText());
    assertTrue(concluded.get("time").asText().endsWith("Z"), "time is UTC");
    Instant time = Instant.parse(concluded.get("time").asText());
    assertTrue(Duration.between(time, Instant.now()).abs().toMinutes() < 5, "time is now");
    // The trace context of the change travels with the event (CloudEvents distributed tracing).
    assertTrue(
        concluded.get("traceparent").asText().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"),
        "a W3C traceparent");
    assertEquals(
        9, concluded.size(), "no attributes beyond the CloudEvent envelope and its traceparent");

    JsonNode data = concluded.get("data");
    assertEquals(id, data.get("initiativeId").asText());
    assertEquals(panelId.toString(), data.get("panelId").asText());
    assertEquals(TOWN, data.get("city").asText());
    assertEquals("Repair café with newcomers", data.get("title").asText());
    assertEquals("Locals and newcomers fix things together.", data.get("summary").asText());
    assertEquals("ADOPTED", data.get("outcome").asText());
    assertEquals("Keep it, twice a month.", data.get("conclusion").asText());
    assertEquals(concluded.get("time").asText(), data.get("concludedAt").asText());
    assertEquals(0, data.get("indicatorOutcomes").size(), "it defined no indicators");
    assertTrue(data.get("reviewAgainOn").isNull());
    assertTrue(data.get("reviewResults").isNull(), "the panel opened no review round");
    assertEquals("en", data.get("language").asText(), "the language the practice starts in");
    assertTrue(data.get("themes").isArray());
    assertTrue(data.get("targetGroups").isArray());
    assertTrue(data.get("sdgTargets").isArray());
    assertEquals(15, data.size(), "no personal data: no reasons, no usernames");
    assertEquals(
        events.get(5).get("data").get("changedAt").asText(), data.get("concludedAt").asText());

    JsonNode createdData = events.get(0).get("data");
    assertEquals(
        9,
        createdData.size(),
        "initiativeId, panelId, city, title, language, themes, targetGroups, sdgTargets, budget");
    assertEquals("Repair café with newcomers", createdData.get("title").asText());

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> db.unpublishedOutboxRowsFor(UUID.fromString(id)) == 0);
  }

  private static ExtractableResponse<Response> step(String id, String etag, Object body) {
    return given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(body)
        .when()
        .post("/initiatives/" + id + "/transitions")
        .then()
        .statusCode(200)
        .extract();
  }
}
