package eu.cohesion.initiative.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * panel-events, published to the real broker as panel-service does, feed the read model of panels:
 * each event id is applied once, other facts are skipped, unusable records are parked.
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
              "eu.cohesion.panel.member-joined",
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
      publisher.send(key, "this is not a CloudEvent");
      publisher.send(
          key,
          PanelEventsPublisher.cloudEvent(
              incomplete, "eu.cohesion.panel.created", panelId, "{\"name\":\"no id, no town\"}"));
      publisher.panelCreated(UUID.randomUUID().toString(), panelId, "delft", "After the junk");

      await().atMost(DELIVERY).until(() -> db.knownPanelRows(panelId) == 1);
      await()
          .atMost(DELIVERY)
          .until(() -> deadLetters.recordsWithKey(key, Duration.ofMillis(500)).size() == 2);
      assertEquals(
          "this is not a CloudEvent",
          deadLetters.recordsWithKey(key, Duration.ZERO).get(0).value());
      // The refused event's transaction was rolled back, its id included.
      assertEquals(0, db.processedEventRows(incomplete));
    }
  }

  private static io.restassured.response.ValidatableResponse post(Object body) {
    return given().contentType(ContentType.JSON).body(body).when().post("/initiatives").then();
  }
}
