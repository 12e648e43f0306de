package eu.cohesion.initiative.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.localstack.testing.DatabaseFaults;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * panel-events, published to the real broker as panel-service does, feed the read model of panels:
 * each event id is applied once, other facts are skipped, unusable records are parked, and an event
 * whose effect cannot be written yet is retried, never parked.
 */
@QuarkusTest
class PanelEventsConsumptionTest {

  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Inject TestDatabase db;

  @Test
  @TestSecurity(user = "coordinator-delft", roles = "city-coordinator")
  @OidcSecurity(claims = @Claim(key = "city", value = "delft"))
  void aCreatedPanelBecomesUsableForInitiatives() {
    UUID panelId = UUID.randomUUID();
    Map<String, String> body = Map.of("panelId", panelId.toString(), "title", "Homework club");
    post(body).statusCode(422).body("type", equalTo("urn:cohesion:problem:unknown-panel"));

    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.panelCreated(UUID.randomUUID().toString(), panelId, "delft", "Delft LPS");
    }
    await().atMost(DELIVERY).until(() -> db.knownPanelRows(panelId) == 1);

    post(body)
        .statusCode(201)
        .body("city", equalTo("delft"))
        .body("panelId", equalTo(panelId.toString()));
  }

  @Test
  void eachEventIdIsAppliedOnceAndAPanelIsKnownOnce() {
    UUID panelId = UUID.randomUUID();
    String first = UUID.randomUUID().toString();
    String replay = UUID.randomUUID().toString();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.panelCreated(first, panelId, "delft", "First name");
      publisher.panelCreated(first, panelId, "delft", "First name");
      publisher.panelCreated(replay, panelId, "delft", "Name of the replay");
    }

    // One key, one partition: once the last event is applied, the ones before it were handled.
    await().atMost(DELIVERY).until(() -> db.processedEventRows(replay) == 1);
    assertEquals(1, db.processedEventRows(first));
    assertEquals(1, db.knownPanelRows(panelId));
    assertEquals("First name", db.knownPanelName(panelId));
  }

  @Test
  void fieldsAFutureProducerAddsAreIgnored() {
    UUID panelId = UUID.randomUUID();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.send(
          panelId.toString(),
          PanelEventsPublisher.cloudEvent(
              UUID.randomUUID().toString(),
              "eu.cohesion.panel.created",
              panelId,
              "{\"panelId\":\"%s\",\"city\":\"delft\",\"name\":\"Delft LPS\",\"theme\":\"x\"}"
                  .formatted(panelId)));
    }
    await().atMost(DELIVERY).until(() -> db.knownPanelRows(panelId) == 1);
  }

  @Test
  void otherEventTypesAreRecordedAsProcessedAndOtherwiseIgnored() {
    UUID panelId = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.send(
          panelId.toString(),
          PanelEventsPublisher.cloudEvent(
              eventId,
              "eu.cohesion.panel.session-held",
              panelId,
              "{\"panelId\":\"" + panelId + "\",\"city\":\"delft\"}"));
    }

    await().atMost(DELIVERY).until(() -> db.processedEventRows(eventId) == 1);
    assertEquals(0, db.knownPanelRows(panelId));
  }

  @Test
  void anUnusableRecordGoesToTheDeadLetterTopicAndBlocksNothing() {
    String key = UUID.randomUUID().toString();
    UUID panelId = UUID.fromString(key);
    String incomplete = UUID.randomUUID().toString();
    try (TopicReader deadLetters = new TopicReader("panel-events-dlq");
        PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      RecordMetadata junk = publisher.send(key, "this is not a CloudEvent");
      publisher.send(
          key,
          PanelEventsPublisher.cloudEvent(
              incomplete, "eu.cohesion.panel.created", panelId, "{\"name\":\"no id, no town\"}"));
      publisher.panelCreated(UUID.randomUUID().toString(), panelId, "delft", "After the junk");

      await().atMost(DELIVERY).until(() -> db.knownPanelRows(panelId) == 1);
      await()
          .atMost(DELIVERY)
          .until(() -> deadLetters.recordsWithKey(key, Duration.ofMillis(500)).size() == 2);
      List<ConsumerRecord<String, String>> dead = deadLetters.recordsWithKey(key, Duration.ZERO);
      assertEquals("this is not a CloudEvent", dead.get(0).value());
      // The headers say why and where from, for whoever fixes and replays it.
      assertEquals("unparseable", header(dead.get(0), "cohesion-dead-letter-reason"));
      assertEquals(PanelEventsPublisher.TOPIC, header(dead.get(0), "dead-letter-topic"));
      assertEquals(
          Integer.toString(junk.partition()), header(dead.get(0), "dead-letter-partition"));
      assertEquals(Long.toString(junk.offset()), header(dead.get(0), "dead-letter-offset"));
      assertEquals("invalid-data", header(dead.get(1), "cohesion-dead-letter-reason"));
      String reason = header(dead.get(1), "dead-letter-reason");
      assertTrue(reason.contains("city") && reason.contains("panelId"), reason);
      // The refused event's transaction was rolled back, its id included.
      assertEquals(0, db.processedEventRows(incomplete));
    }
  }

  @Test
  void anEventMeetingALockedTableIsRetriedHoldsItsPartitionAndIsAppliedOnceNotDeadLettered() {
    UUID panelId = UUID.randomUUID();
    String created = UUID.randomUUID().toString();
    String behind = UUID.randomUUID().toString();
    try (TopicReader deadLetters = new TopicReader("panel-events-dlq");
        PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      try (DatabaseFaults.Fault lock = DatabaseFaults.lockTable("initiative", "known_panel")) {
        publisher.panelCreated(created, panelId, "delft", "Delft LPS");
        publisher.send(
            panelId.toString(),
            PanelEventsPublisher.cloudEvent(
                behind, "eu.cohesion.panel.session-held", panelId, "{}"));

        // Several lock timeouts (500 ms in tests) pass: the event is retried, not parked, and
        // the event behind it in the partition waits.
        await()
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(5))
            .until(() -> db.processedEventRows(created) + db.processedEventRows(behind) == 0);
        assertEquals(
            List.of(), deadLetters.recordsWithKey(panelId.toString(), Duration.ofSeconds(1)));
      }

      await().atMost(DELIVERY).until(() -> db.processedEventRows(behind) == 1);
      assertEquals(1, db.knownPanelRows(panelId));
      assertEquals(1, db.processedEventRows(created));

      // Delivered again (a producer retry, a rebalance): no second effect.
      publisher.panelCreated(created, panelId, "delft", "Delft LPS, again");
      String marker = UUID.randomUUID().toString();
      publisher.send(
          panelId.toString(),
          PanelEventsPublisher.cloudEvent(marker, "eu.cohesion.panel.session-held", panelId, "{}"));
      await().atMost(DELIVERY).until(() -> db.processedEventRows(marker) == 1);
      assertEquals(1, db.processedEventRows(created));
      assertEquals("Delft LPS", db.knownPanelName(panelId));
      assertEquals(
          List.of(), deadLetters.recordsWithKey(panelId.toString(), Duration.ofSeconds(1)));
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static io.restassured.response.ValidatableResponse post(Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/initiatives").then();
  }
}
