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
 * Adding a member puts eu.cohesion.panel.member-joined on panel-events, keyed by the panel, with
 * ids and the category only: the member's personal data stays in the service.
 */
@QuarkusTest
class MemberJoinedEventTest {

  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "elbasan"))
  void theMemberJoinedEventReachesTheTopicWithoutPersonalData() throws Exception {
    String panelId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "elbasan", "name", "Elbasan LPS " + UUID.randomUUID()))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String memberId =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "displayName", "Arta Hoxha",
                    "stakeholderCategory", "CIVIL_SOCIETY_ORGANISATION",
                    "organisation", "Elbasan Women's Forum",
                    "populationGroups", List.of("NEWLY_ARRIVED_MIGRANT"),
                    "consentRecorded", true,
                    "consentTextVersion", "consent-v1"))
            .when()
            .post("/panels/" + panelId + "/members")
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
                  r -> r.size() >= 3);
      assertEquals(3, records.size(), "panel created, member joined, its balance changed");
      assertEquals(
          "eu.cohesion.panel.created", json.readTree(records.get(0).value()).get("type").asText());
      ConsumerRecord<String, String> record = records.get(1);

      assertEquals(
          List.of(), EventCatalogue.load().violations("panel-events", record.value()), "AsyncAPI");
      JsonNode event = json.readTree(record.value());
      assertEquals("eu.cohesion.panel.member-joined", event.get("type").asText());
      assertEquals("/panel-service", event.get("source").asText());
      assertEquals(panelId, event.get("subject").asText());
      assertEquals(record.key(), event.get("subject").asText());

      JsonNode data = event.get("data");
      assertEquals(panelId, data.get("panelId").asText());
      assertEquals(memberId, data.get("memberId").asText());
      assertEquals("elbasan", data.get("city").asText());
      assertEquals("CIVIL_SOCIETY_ORGANISATION", data.get("stakeholderCategory").asText());
      assertEquals("MEMBER", data.get("role").asText());
      assertTrue(data.get("keycloakUserId").isNull(), "no account linked");
      assertEquals(6, data.size(), "data carries ids, category and role only");
      for (String personal : List.of("Arta", "Hoxha", "Forum", "NEWLY_ARRIVED_MIGRANT")) {
        assertFalse(record.value().contains(personal), "event leaks " + personal);
      }
    }
  }
}
