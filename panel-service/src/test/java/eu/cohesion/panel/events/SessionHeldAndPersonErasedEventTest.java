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
import eu.cohesion.panel.privacy.TestAccountLinks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Holding a session and erasing a member put eu.cohesion.panel.session-held and
 * eu.cohesion.person.erased on panel-events, keyed by the panel, as the catalogue declares them and
 * without names or reasons.
 */
@QuarkusTest
class SessionHeldAndPersonErasedEventTest {

  private static final String NAME = "Kristīne Bērziņa";
  private static final String REASON = "Request in person at the town hall";

  @Inject ObjectMapper json;
  @Inject TestAccountLinks links;

  @Test
  @TestSecurity(user = "coordinator-delft", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void bothEventsReachTheTopicWithIdsAndCountsOnly() throws Exception {
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
    String ann = addMember(panelId, NAME);
    String bob = addMember(panelId, "Bob de Vries");
    addMember(panelId, "Carla Jansen");
    UUID user = UUID.randomUUID();
    links.link(UUID.fromString(ann), user);
    String initiative = UUID.randomUUID().toString();
    String sessionId =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "startsAt", "2026-04-02T18:00:00Z",
                    "onlineUrl", "https://meet.example.org/delft",
                    "decisions",
                        List.of(
                            Map.of("text", "Pilot it", "initiativeId", initiative),
                            Map.of("text", "Review it", "initiativeId", initiative),
                            Map.of("text", "Thank the hosts"))))
            .when()
            .post("/panels/" + panelId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String base = "/panels/" + panelId + "/sessions/" + sessionId;
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(Map.of("present", List.of(ann, bob), "apologies", List.of()))
        .when()
        .put(base + "/attendance")
        .then()
        .statusCode(200);
    given().header("If-Match", "\"1\"").when().post(base + "/hold").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("reason", REASON))
        .when()
        .post("/panels/" + panelId + "/members/" + ann + "/erasure")
        .then()
        .statusCode(200);

    try (TopicReader consumer = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> consumer.recordsWithKey(panelId, Duration.ofMillis(500)),
                  r -> r.size() >= 6);
      EventCatalogue catalogue = EventCatalogue.load();
      for (ConsumerRecord<String, String> record : records) {
        assertEquals(List.of(), catalogue.violations("panel-events", record.value()), "AsyncAPI");
        for (String personal : List.of("Kristīne", "Bērziņa", "Bob", "Carla", "town hall")) {
          assertFalse(record.value().contains(personal), "event leaks " + personal);
        }
      }

      JsonNode held = ofType(records, "eu.cohesion.panel.session-held").orElseThrow();
      assertEquals(panelId, held.get("subject").asText());
      JsonNode data = held.get("data");
      assertEquals(sessionId, data.get("sessionId").asText());
      assertEquals("delft", data.get("city").asText());
      assertEquals("2026-04-02T18:00:00Z", data.get("startsAt").asText());
      assertEquals(3, data.get("eligibleMembers").asInt());
      assertEquals(2, data.get("present").asInt());
      assertEquals(0, data.get("apologies").asInt());
      assertTrue(data.get("quorumMet").asBoolean());
      assertEquals(1, data.get("decisionInitiativeIds").size(), "each initiative once");
      assertEquals(initiative, data.get("decisionInitiativeIds").get(0).asText());
      assertFalse(held.toString().contains(ann), "no member ids in session-held");

      JsonNode erased = ofType(records, "eu.cohesion.person.erased").orElseThrow();
      assertEquals(panelId, erased.get("subject").asText());
      JsonNode erasure = erased.get("data");
      assertEquals(user.toString(), erasure.get("keycloakUserId").asText());
      assertEquals(List.of(ann), List.of(erasure.get("memberIds").get(0).asText()));
      assertEquals(4, erasure.size(), "panelId, keycloakUserId, memberIds, erasedAt only");
    }
  }

  private Optional<JsonNode> ofType(List<ConsumerRecord<String, String>> records, String type) {
    return records.stream()
        .map(r -> read(r.value()))
        .filter(event -> type.equals(event.get("type").asText()))
        .findFirst();
  }

  private JsonNode read(String value) {
    try {
      return json.readTree(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String addMember(String panelId, String name) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            Map.of("displayName", name, "stakeholderCategory", "CITIZEN", "consentRecorded", false))
        .when()
        .post("/panels/" + panelId + "/members")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
