package eu.cohesion.panel.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.testing.ScrapedMetrics;
import eu.cohesion.localstack.KafkaNode;
import eu.cohesion.localstack.testing.LocalStackTestResource;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.panel.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A broker outage neither blocks the request nor loses or duplicates its event, and the backlog it
 * leaves reaches the topic in each aggregate's order.
 */
@QuarkusTest
class OutboxResilienceTest {

  private static final int MEMBERS = 12;

  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anEventWrittenWhileKafkaIsDownIsDeliveredOnceWhenItIsBack() {
    KafkaNode kafka = LocalStackTestResource.stack().kafka();
    UUID panelId;
    kafka.stop();
    try {
      panelId =
          UUID.fromString(
              given()
                  .contentType(ContentType.JSON)
                  .body(Map.of("city", "besancon", "name", "Besançon LPS " + UUID.randomUUID()))
                  .when()
                  .post("/panels")
                  .then()
                  .statusCode(201)
                  .time(lessThan(3_000L))
                  .extract()
                  .path("id"));

      assertEquals(1, db.outboxRowsFor(panelId));
      // Several relay attempts fail while the broker is away; the row must stay unpublished.
      await()
          .during(Duration.ofSeconds(5))
          .atMost(Duration.ofSeconds(6))
          .until(() -> db.createdEventPublishedAt(panelId).isEmpty());
      // The operator sees it: the backlog gauge counts the row, readiness shows it and stays up.
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  ScrapedMetrics.of(given().get("/q/metrics").asString())
                          .sum("cohesion_outbox_backlog", Map.of())
                      >= 1);
      given()
          .when()
          .get("/q/health/ready")
          .then()
          .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
          .body("checks.find { it.name == 'outbox' }.data.unpublished", greaterThanOrEqualTo(1));
    } finally {
      kafka.start();
    }

    String key = panelId.toString();
    try (TopicReader consumer = new TopicReader("panel-events")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> consumer.recordsWithKey(key, Duration.ofMillis(500)), r -> !r.isEmpty());
      // Keep listening for a while: a second copy would show up now if the relay re-sent it.
      List<ConsumerRecord<String, String>> records =
          consumer.recordsWithKey(key, Duration.ofSeconds(8));
      assertEquals(1, records.size(), "delivered exactly once");
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> db.createdEventPublishedAt(panelId).isPresent());
    assertTrue(db.createdEventPublishedAt(panelId).isPresent());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aBacklogLeftByAnOutageReachesTheTopicOnceEachInTheOrderOfItsAggregate() throws Exception {
    KafkaNode kafka = LocalStackTestResource.stack().kafka();
    UUID panelId;
    kafka.stop();
    try {
      panelId = newPanel();
      for (int i = 0; i < MEMBERS; i++) {
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "displayName",
                    "Member " + i,
                    "stakeholderCategory",
                    i % 2 == 0 ? "CITIZEN" : "EXPERT",
                    "consentRecorded",
                    false))
            .when()
            .post("/panels/" + panelId + "/members")
            .then()
            .statusCode(201);
      }
      assertTrue(db.unpublishedOutboxRowsFor(panelId) > MEMBERS, "the backlog waits");
    } finally {
      kafka.start();
    }

    List<String> inOrder = db.outboxEventIdsInOrder(panelId);
    String key = panelId.toString();
    try (TopicReader consumer = new TopicReader("panel-events")) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> consumer.recordsWithKey(key, Duration.ofMillis(500)),
              r -> r.size() >= inOrder.size());
      List<ConsumerRecord<String, String>> records =
          consumer.recordsWithKey(key, Duration.ofSeconds(3));
      List<String> onTheTopic = new ArrayList<>();
      for (ConsumerRecord<String, String> record : records) {
        onTheTopic.add(json.readTree(record.value()).get("id").asText());
      }
      assertEquals(inOrder, onTheTopic, "each event once, in the aggregate's order");
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> db.unpublishedOutboxRowsFor(panelId) == 0);
  }

  private static UUID newPanel() {
    return UUID.fromString(
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("city", "besancon", "name", "Besançon backlog " + UUID.randomUUID()))
            .when()
            .post("/panels")
            .then()
            .statusCode(201)
            .extract()
            .path("id"));
  }
}
