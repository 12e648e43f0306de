package eu.cohesion.initiative.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The content of an initiative over HTTP: created whole, rewritten with If-Match, deleted while a
 * DRAFT, filtered and counted by facet, and announced on initiative-events as the catalogue says.
 */
@QuarkusTest
class InitiativeContentTest {

  private static final String TOWN = "jelgava";

  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  private static Map<String, Object> content(UUID panel, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("panelId", panel.toString());
    body.put("language", "lv");
    body.put("title", title);
    body.put("summary", "Jaunpienācēji un vietējie kopā.");
    body.put("titleTranslations", Map.of("en", "Language café"));
    body.put("themes", List.of("CIVIC_PARTICIPATION", "LANGUAGE_AND_EDUCATION"));
    body.put("targetGroups", List.of("NEWLY_ARRIVED_MIGRANT", "NATIVE"));
    body.put("sdgTargets", List.of("11.3", "10.2", "10.2"));
    body.put("budget", Map.of("amount", 12500.5, "currency", "EUR"));
    body.put("partners", List.of("Jelgava Library", "Red Cross Latvia"));
    body.put(
        "milestones",
        List.of(
            Map.of("title", "Second evening", "dueOn", "2026-04-01", "done", false),
            Map.of("title", "First evening", "dueOn", "2026-03-01", "done", true)));
    return body;
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void contentIsCreatedEditedAndAnnouncedWhole() throws Exception {
    UUID panel = db.knownPanel(TOWN);
    ExtractableResponse<Response> created =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .body(content(panel, "Valodu kafejnīca"))
            .post("/initiatives")
            .then()
            .statusCode(201)
            .body("language", equalTo("lv"))
            .body("titleTranslations.en", equalTo("Language café"))
            .body("themes", contains("LANGUAGE_AND_EDUCATION", "CIVIC_PARTICIPATION"))
            .body("targetGroups", contains("NATIVE", "NEWLY_ARRIVED_MIGRANT"))
            .body("sdgTargets", contains("10.2", "11.3"))
            .body("budget.amount", equalTo(12500.5f))
            .body("budget.currency", equalTo("EUR"))
            .body("partners", contains("Jelgava Library", "Red Cross Latvia"))
            .body("milestones.title", contains("First evening", "Second evening"))
            .body("milestones[0].done", equalTo(true))
            .body(
                "allowedActions", contains("CHANGE_STATUS", "EDIT_INITIATIVE", "DELETE_INITIATIVE"))
            .extract();
    String id = created.path("id");

    Map<String, Object> edit = content(panel, "Valodu kafejnīca Jelgavā");
    edit.remove("panelId");
    edit.put("themes", List.of("EMPLOYMENT"));
    edit.put("sdgTargets", List.of("10.3"));
    edit.remove("budget");
    given()
        .contentType(ContentType.JSON)
        .body(edit)
        .put("/initiatives/" + id)
        .then()
        .statusCode(428);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"7\"")
        .body(edit)
        .put("/initiatives/" + id)
        .then()
        .statusCode(412);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", created.header("ETag"))
        .body(edit)
        .put("/initiatives/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("title", equalTo("Valodu kafejnīca Jelgavā"))
        .body("themes", contains("EMPLOYMENT"))
        .body("sdgTargets", contains("10.3"))
        .body("budget", equalTo(null));

    List<ConsumerRecord<String, String>> records;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> reader.recordsWithKey(id, Duration.ofMillis(500)), r -> r.size() >= 2);
    }
    EventCatalogue catalogue = EventCatalogue.load();
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(List.of(), catalogue.violations("initiative-events", record.value()));
    }
    JsonNode createdEvent = json.readTree(records.get(0).value());
    assertEquals("eu.cohesion.initiative.created", createdEvent.get("type").asText());
    assertEquals("[\"10.2\",\"11.3\"]", createdEvent.get("data").get("sdgTargets").toString());
    assertEquals("EUR", createdEvent.get("data").get("budget").get("currency").asText());
    JsonNode changed = json.readTree(records.get(1).value());
    assertEquals("eu.cohesion.initiative.changed", changed.get("type").asText());
    JsonNode data = changed.get("data");
    assertEquals("[\"EMPLOYMENT\"]", data.get("themes").toString());
    assertEquals("[\"10.3\"]", data.get("sdgTargets").toString());
    assertEquals(true, data.get("budget").isNull());
    assertEquals(10, data.size(), "ids and facts only: no partners, milestones or texts but title");
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void badContentIsRefusedAndChangesNothing() {
    UUID panel = db.knownPanel(TOWN);
    long before = db.initiativesIn(TOWN);
    for (String sdg : List.of("5.1", "10.8", "11.d")) {
      Map<String, Object> body = content(panel, "Out of scope");
      body.put("sdgTargets", List.of(sdg));
      post(body).statusCode(422);
    }
    Map<String, Object> currency = content(panel, "Unknown currency");
    currency.put("budget", Map.of("amount", 10, "currency", "XYZ"));
    post(currency).statusCode(422);
    Map<String, Object> decimals = content(panel, "Too precise");
    decimals.put("budget", Map.of("amount", 10.123, "currency", "EUR"));
    post(decimals).statusCode(400);
    Map<String, Object> theme = content(panel, "Unknown theme");
    theme.put("themes", List.of("ASTRONOMY"));
    post(theme).statusCode(400);
    Map<String, Object> original = content(panel, "Translated into itself");
    original.put("titleTranslations", Map.of("lv", "Tas pats"));
    post(original).statusCode(422);
    assertEquals(before, db.initiativesIn(TOWN));
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void onlyADraftIsDeleted() {
    UUID panel = db.knownPanel(TOWN);
    ExtractableResponse<Response> draft =
        post(content(panel, "Short-lived")).statusCode(201).extract();
    String id = draft.path("id");
    given().delete("/initiatives/" + id).then().statusCode(428);
    given()
        .header("If-Match", draft.header("ETag"))
        .delete("/initiatives/" + id)
        .then()
        .statusCode(204);
    given().get("/initiatives/" + id).then().statusCode(404);

    ExtractableResponse<Response> proposed =
        post(content(panel, "On record")).statusCode(201).extract();
    String other = proposed.path("id");
    String etag =
        given()
            .contentType(ContentType.JSON)
            .header("If-Match", proposed.header("ETag"))
            .body(Map.of("to", "PROPOSED", "reason", "ready"))
            .post("/initiatives/" + other + "/transitions")
            .then()
            .statusCode(200)
            .body("allowedActions", contains("CHANGE_STATUS", "EDIT_INITIATIVE"))
            .extract()
            .header("ETag");
    given()
        .header("If-Match", etag)
        .delete("/initiatives/" + other)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:cohesion:problem:initiative-not-deletable"));
    given().get("/initiatives/" + other).then().statusCode(200);
  }

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = TOWN))
  void theListIsFilteredAndCountedByFacet() {
    UUID panel = db.knownPanel(TOWN);
    Map<String, Object> housing = content(panel, "Housing first");
    housing.put("themes", List.of("HOUSING"));
    housing.put("sdgTargets", List.of("11.1"));
    post(housing).statusCode(201);
    Map<String, Object> both = content(panel, "Housing and jobs");
    both.put("themes", List.of("HOUSING", "EMPLOYMENT"));
    both.put("sdgTargets", List.of("11.1", "10.2"));
    post(both).statusCode(201);
    Map<String, Object> jobs = content(panel, "Jobs club");
    jobs.put("themes", List.of("EMPLOYMENT"));
    jobs.put("sdgTargets", List.of("10.2"));
    post(jobs).statusCode(201);

    given()
        .queryParam("panelId", panel.toString())
        .queryParam("theme", "HOUSING")
        .queryParam("sort", "title,asc")
        .get("/initiatives")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items.title", contains("Housing and jobs", "Housing first"));
    given()
        .queryParam("panelId", panel.toString())
        .queryParam("theme", "HOUSING")
        .queryParam("theme", "EMPLOYMENT")
        .queryParam("sdg", "10.2")
        .get("/initiatives")
        .then()
        .statusCode(200)
        .body("items.title", hasSize(2));

    given()
        .queryParam("panelId", panel.toString())
        .queryParam("theme", "HOUSING")
        .get("/initiatives/facets")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        // Themes are counted without the theme filter: what choosing another would give.
        .body("themes.find { it.value == 'HOUSING' }.count", equalTo(2))
        .body("themes.find { it.value == 'EMPLOYMENT' }.count", equalTo(2))
        .body("themes.find { it.value == 'HEALTH' }.count", equalTo(0))
        .body("themes", hasSize(9))
        .body("sdgTargets", hasSize(20))
        .body("sdgTargets.find { it.value == '11.1' }.count", equalTo(2))
        .body("sdgTargets.find { it.value == '10.2' }.count", equalTo(1))
        .body("statuses.find { it.value == 'DRAFT' }.count", equalTo(2))
        .body("cities.value", contains(TOWN))
        .body("panels.find { it.value == '" + panel + "' }.count", equalTo(2));

    given().queryParam("sdg", "12.1").get("/initiatives/facets").then().statusCode(400);
    given().queryParam("city", "tartu").get("/initiatives/facets").then().statusCode(403);
  }

  private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
    return given().contentType(ContentType.JSON).body(body).post("/initiatives").then();
  }
}
