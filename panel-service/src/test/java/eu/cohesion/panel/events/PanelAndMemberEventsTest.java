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
 * A panel's edit, lifecycle step and a member's change and leave reach panel-events in order, keyed
 * by the panel, as the AsyncAPI catalogue declares them, without personal data.
 */
@QuarkusTest
class PanelAndMemberEventsTest {

  private static final List<String> PERSONAL =
      List.of("Ilir", "Krasniqi", "Ura e Shpresës", "NATIVE", "Retired", "EXPAT");

  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-elbasan", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "elbasan"))
  void everyChangeIsAnEventOfTheCatalogueWithIdsAndFactsOnly() throws Exception {
    String panelId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "elbasan", "name", "Elbasan events " + UUID.randomUUID()))
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "name",
                "Elbasan events " + panelId,
                "mandate",
                Map.of("sq", "Paneli këshillon."),
                "termStart",
                "2027-01-01",
                "termEnd",
                "2028-12-31"))
        .put("/panels/" + panelId)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("to", "CLOSED"))
        .post("/panels/" + panelId + "/transitions")
        .then()
        .statusCode(200);
    // A closed panel takes no members: the member's events come from a second panel.
    String other =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "elbasan", "name", "Elbasan members " + UUID.randomUUID()))
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
                    "displayName",
                    "Ilir Krasniqi",
                    "stakeholderCategory",
                    "NON_PROFIT_ORGANISATION",
                    "organisation",
                    "Ura e Shpresës",
                    "populationGroups",
                    List.of("NATIVE"),
                    "consentRecorded",
                    true,
                    "consentTextVersion",
                    "consent-v1"))
            .post("/panels/" + other + "/members")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String member = "/panels/" + other + "/members/" + memberId;
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "displayName", "Ilir Krasniqi", "stakeholderCategory", "CITIZEN", "role", "CHAIR"))
        .put(member)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Map.of("populationGroups", List.of("EXPAT"), "consentTextVersion", "consent-v1"))
        .put(member + "/consent")
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(Map.of("reason", "Retired"))
        .post(member + "/leave")
        .then()
        .statusCode(200);

    try (TopicReader consumer = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> panelRecords =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      BalanceEvents.without(
                          consumer.recordsWithKey(panelId, Duration.ofMillis(500))),
                  r -> r.size() >= 3);
      assertEquals(
          List.of(
              "eu.cohesion.panel.created",
              "eu.cohesion.panel.changed",
              "eu.cohesion.panel.status-changed"),
          types(panelRecords));
      JsonNode changed = data(panelRecords.get(1));
      assertEquals("2027-01-01", changed.get("termStart").asText());
      assertEquals("2028-12-31", changed.get("termEnd").asText());
      assertFalse(panelRecords.get(1).value().contains("këshillon"), "mandate text stays here");
      JsonNode step = data(panelRecords.get(2));
      assertEquals("FORMING", step.get("from").asText());
      assertEquals("CLOSED", step.get("to").asText());

      List<ConsumerRecord<String, String>> memberRecords =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      BalanceEvents.without(consumer.recordsWithKey(other, Duration.ofMillis(500))),
                  r -> r.size() >= 5);
      assertEquals(
          List.of(
              "eu.cohesion.panel.created",
              "eu.cohesion.panel.member-joined",
              "eu.cohesion.panel.member-changed",
              "eu.cohesion.panel.member-changed",
              "eu.cohesion.panel.member-left"),
          types(memberRecords));
      JsonNode edited = data(memberRecords.get(2));
      assertEquals(memberId, edited.get("memberId").asText());
      assertEquals("CITIZEN", edited.get("stakeholderCategory").asText());
      assertEquals("CHAIR", edited.get("role").asText());
      assertTrue(edited.get("keycloakUserId").isNull());
      JsonNode left = data(memberRecords.get(4));
      assertEquals("elbasan", left.get("city").asText());
      assertTrue(left.get("leftAt").asText().endsWith("Z"));

      for (ConsumerRecord<String, String> record :
          java.util.stream.Stream.concat(panelRecords.stream(), memberRecords.stream()).toList()) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("panel-events", record.value()),
            record.value());
        for (String personal : PERSONAL) {
          assertFalse(record.value().contains(personal), "event leaks " + personal);
        }
      }
    }
  }

  private List<String> types(List<ConsumerRecord<String, String>> records) throws Exception {
    List<String> types = new java.util.ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      types.add(json.readTree(record.value()).get("type").asText());
    }
    return types;
  }

  private JsonNode data(ConsumerRecord<String, String> record) throws Exception {
    return json.readTree(record.value()).get("data");
  }
}
