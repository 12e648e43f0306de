package eu.cohesion.panel.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.panel.domain.City;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * eu.cohesion.city.changed and eu.cohesion.panel.balance-changed as they reach panel-events,
 * checked against the AsyncAPI catalogue: public facts only, never a member or a group count.
 */
@QuarkusTest
class TownAndBalanceEventsTest {

  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aTownEditIsAnnouncedWithTheWholeProfile() throws Exception {
    String etag = given().when().get("/cities/delft").then().extract().header("ETag");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(
            Map.of(
                "languages",
                List.of("nl", "en"),
                "latitude",
                52.01158,
                "longitude",
                4.35711,
                "baseline",
                Map.of(
                    "shares",
                    Map.of("NATIVE", 63.2, "EXPAT", 14.5),
                    "source",
                    "Delft municipal statistics",
                    "year",
                    2024)))
        .when()
        .put("/cities/delft")
        .then()
        .statusCode(200);

    String key = City.subjectId("delft").toString();
    JsonNode event = lastOfType(key, "eu.cohesion.city.changed");
    JsonNode data = event.get("data");
    assertEquals("delft", data.get("city").asText());
    assertEquals(List.of("nl", "en"), json.convertValue(data.get("languages"), List.class));
    assertEquals(52.01158, data.get("latitude").asDouble());
    assertEquals(63.2, data.path("baseline").path("shares").path("NATIVE").asDouble());
    assertFalse(data.path("baseline").path("shares").has("NEWLY_ARRIVED_MIGRANT"));
    assertEquals(2024, data.path("baseline").path("year").asInt());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aMemberJoiningAnnouncesTheNewScoreAndGapsWithoutCountsOrPeople() throws Exception {
    String panelId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "delft", "name", "Delft LPS " + UUID.randomUUID()))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName", "Femke de Vries",
                "stakeholderCategory", "EXPERT",
                "organisation", "TU Delft",
                "populationGroups", List.of("EXPAT"),
                "consentRecorded", true,
                "consentTextVersion", "consent-v1"))
        .when()
        .post("/panels/" + panelId + "/members")
        .then()
        .statusCode(201);

    JsonNode event = lastOfType(panelId, "eu.cohesion.panel.balance-changed");
    JsonNode data = event.get("data");
    assertEquals(panelId, data.get("panelId").asText());
    assertEquals("delft", data.get("city").asText());
    assertTrue(data.get("previousScore").isNull(), "the panel's first assessment");
    // One expert: expertise 100 % above the cap, three pillars at 0 %, three groups unvoiced.
    assertEquals(7, data.get("gaps").size());
    assertEquals("PILLAR_BELOW_MINIMUM", data.get("gaps").get(0).get("kind").asText());
    assertTrue(data.get("rulesVersion").asInt() >= 1);
    for (String personal : List.of("Femke", "Vries", "TU Delft", "\"EXPAT\"", "count")) {
      assertFalse(event.toString().contains(personal), "event leaks " + personal);
    }
  }

  /** The last record of this type with this key, after checking it against the catalogue. */
  private JsonNode lastOfType(String key, String type) throws Exception {
    try (TopicReader consumer = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      consumer.recordsWithKey(key, Duration.ofMillis(500)).stream()
                          .filter(r -> r.value().contains("\"" + type + "\""))
                          .toList(),
                  r -> !r.isEmpty());
      ConsumerRecord<String, String> record = records.get(records.size() - 1);
      assertEquals(
          List.of(), EventCatalogue.load().violations("panel-events", record.value()), "AsyncAPI");
      JsonNode event = json.readTree(record.value());
      assertEquals(type, event.get("type").asText());
      assertEquals(key, event.get("subject").asText());
      return event;
    }
  }
}
