package eu.cohesion.panel.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * A draw done and confirmed puts eu.cohesion.panel.draw-completed and draw-confirmed on
 * panel-events, keyed by the panel, as the AsyncAPI document describes them: the audit's seed,
 * digest and algorithm version, ids and counts; no candidate's name or feature value.
 */
@QuarkusTest
class DrawEventsTest {

  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "coordinator-jelgava", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "jelgava"))
  void drawCompletedAndConfirmedReachTheTopicWithoutPersonalData() throws Exception {
    String panel =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "jelgava", "name", "Jelgava draw " + UUID.randomUUID()))
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String[] person :
        List.of(
            new String[] {"Ilga Secretname", "CITIZEN", "female"},
            new String[] {"Juris Secretname", "EXPERT", "male"},
            new String[] {"Aija Secretname", "CITIZEN", "male"})) {
      given()
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "displayName",
                  person[0],
                  "email",
                  "hidden@example.org",
                  "features",
                  Map.of("category", person[1], "gender", person[2])))
          .post("/panels/" + panel + "/pool/candidates")
          .then()
          .statusCode(201);
    }
    String etag = given().get("/panels/" + panel + "/pool").header("ETag");
    given()
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(
            Map.of(
                "seats",
                2,
                "onePerHousehold",
                false,
                "quotas",
                List.of(Map.of("feature", "gender", "value", "female", "min", 1, "max", 1))))
        .put("/panels/" + panel + "/pool")
        .then()
        .statusCode(200);
    String drawId =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("seed", "-77"))
            .post("/panels/" + panel + "/draws")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String drawEtag =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    given()
                        .get("/panels/" + panel + "/draws/" + drawId)
                        .then()
                        .extract()
                        .response(),
                r -> "DONE".equals(r.path("status")))
            .header("ETag");
    given()
        .header("If-Match", drawEtag)
        .post("/panels/" + panel + "/draws/" + drawId + "/confirmation")
        .then()
        .statusCode(200);

    try (TopicReader consumer = new TopicReader("panel-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      BalanceEvents.without(consumer.recordsWithKey(panel, Duration.ofMillis(500))),
                  r -> r.stream().anyMatch(x -> x.value().contains("draw-confirmed")));
      List<String> types = records.stream().map(r -> type(r.value())).toList();
      assertEquals(
          List.of(
              "eu.cohesion.panel.created",
              "eu.cohesion.panel.draw-completed",
              "eu.cohesion.panel.member-joined",
              "eu.cohesion.panel.member-joined",
              "eu.cohesion.panel.draw-confirmed"),
          types);
      for (ConsumerRecord<String, String> record : records) {
        assertEquals(
            List.of(),
            EventCatalogue.load().violations("panel-events", record.value()),
            "AsyncAPI");
        for (String personal : List.of("Secretname", "hidden@", "female", "\"male\"")) {
          assertFalse(record.value().contains(personal), "event leaks " + personal);
        }
      }
      JsonNode completed = json.readTree(records.get(1).value()).get("data");
      assertEquals(drawId, completed.get("drawId").asText());
      assertEquals("-77", completed.get("seed").asText());
      assertEquals(3, completed.get("candidates").asInt());
      assertEquals(2, completed.get("seats").asInt());
      JsonNode confirmed = json.readTree(records.get(4).value()).get("data");
      assertEquals(2, confirmed.get("memberIds").size());
      assertEquals(completed.get("inputsDigest"), confirmed.get("inputsDigest"));
    }
  }

  private String type(String value) {
    try {
      return json.readTree(value).get("type").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
