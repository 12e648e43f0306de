package eu.cohesion.practice.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cohesion.kit.testing.ScrapedMetrics;
import eu.cohesion.localstack.testing.DatabaseFaults;
import eu.cohesion.localstack.testing.TopicReader;
import eu.cohesion.practice.InitiativeEvents;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.events.PracticeDrafted;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * initiative-events from a real Kafka: a conclusion drafts exactly one practice, however often and
 * under whatever event id it arrives; nothing else drafts one; a database outage delays it, never
 * parks it.
 */
@QuarkusTest
class ConclusionConsumerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Inject InitiativeEvents events;
  @Inject TestDatabase db;
  @Inject ObjectMapper json;

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anAdoptedInitiativeBecomesOneDraftPrefilledFromItsConclusion() throws Exception {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, "jelgava", "ADOPTED", "Buddy system"));

    UUID practiceId = awaitPractice(initiativeId);
    assertEquals(1, db.practicesFor(initiativeId));
    given()
        .when()
        .get("/practices/{id}", practiceId)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("city", equalTo("jelgava"))
        .body("sourceInitiativeId", equalTo(initiativeId.toString()))
        .body("outcome", equalTo("ADOPTED"))
        .body("title", equalTo("Buddy system"))
        .body("summary", equalTo("Summary of Buddy system"))
        .body("results", equalTo("Conclusion of Buddy system"))
        .body("context", nullValue())
        .body("approach", nullValue())
        .body("resources", nullValue())
        .body("transferability", nullValue())
        .body("lessons", nullValue())
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(0))
        .body("publishedAt", nullValue());

    assertEquals(1, db.outboxRows(practiceId, PracticeDrafted.TYPE));
    try (TopicReader reader = new TopicReader("practice-events")) {
      List<ConsumerRecord<String, String>> records =
          await()
              .atMost(PATIENCE)
              .until(
                  () -> reader.recordsWithKey(practiceId.toString(), Duration.ofMillis(500)),
                  r -> !r.isEmpty());
      assertEquals(1, records.size());
      JsonNode event = json.readTree(records.get(0).value());
      assertEquals("eu.cohesion.practice.drafted", event.get("type").asText());
      assertEquals("/practice-exchange-service", event.get("source").asText());
      assertEquals(practiceId.toString(), event.get("subject").asText());
      JsonNode data = event.get("data");
      assertEquals(practiceId.toString(), data.get("practiceId").asText());
      assertEquals("jelgava", data.get("city").asText());
      assertEquals(initiativeId.toString(), data.get("sourceInitiativeId").asText());
      assertEquals(3, data.size(), "data carries practiceId, city and sourceInitiativeId only");
    }
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theConclusionsReviewResultsAndIndicatorOutcomesAreKeptAsEvidence() {
    UUID initiativeId = UUID.randomUUID();
    String event = events.concludedWithEvidence(initiativeId, "kranj", "Tandem");
    events.send(initiativeId, event);
    events.send(initiativeId, event);
    UUID practiceId = awaitPractice(initiativeId);
    awaitProcessedAfter(initiativeId);

    assertEquals(1, db.practicesFor(initiativeId));
    given()
        .when()
        .get("/practices/{id}", practiceId)
        .then()
        .statusCode(200)
        .body("reviewResults.roundId", equalTo("8d0c2a52-6d8e-4b8e-9a57-1f0e1f2a3b4c"))
        .body("reviewResults.eligible", equalTo(3))
        .body("reviewResults.submitted", equalTo(2))
        .body("reviewResults.criteria", org.hamcrest.Matchers.hasSize(5))
        .body("reviewResults.criteria[0].criterion", equalTo("RELEVANCE"))
        .body("reviewResults.criteria[0].mean", equalTo(4.5f))
        .body(
            "reviewResults.criteria[0].distribution", org.hamcrest.Matchers.contains(0, 0, 0, 1, 1))
        .body("reviewResults.byPillar[0].pillar", equalTo("CITIZENS"))
        .body("reviewResults.byPillar[0].means[0].mean", equalTo(4.5f))
        .body("indicatorOutcomes", org.hamcrest.Matchers.hasSize(1))
        .body("indicatorOutcomes[0].name", equalTo("Newcomers taking part"))
        .body("indicatorOutcomes[0].latestValue", equalTo(34))
        .body("indicatorOutcomes[0].progressPercent", equalTo(80))
        .body("indicatorOutcomes[0].targetMet", equalTo(false));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void aConclusionWithoutReviewNorIndicatorsKeepsNoEvidence() {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, "kranj", "ADOPTED", "Plain"));
    UUID practiceId = awaitPractice(initiativeId);
    given()
        .when()
        .get("/practices/{id}", practiceId)
        .then()
        .statusCode(200)
        .body("reviewResults", nullValue())
        .body("indicatorOutcomes", org.hamcrest.Matchers.empty());
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void theDraftStartsInTheInitiativesLanguageAndClassification() {
    UUID initiativeId = UUID.randomUUID();
    events.send(
        initiativeId,
        events.concludedClassified(
            initiativeId, "celje", "Jezikovna kavarna", "sl", "HOUSING", "11.1"));

    UUID practiceId = awaitPractice(initiativeId);
    given()
        .when()
        .get("/practices/{id}", practiceId)
        .then()
        .statusCode(200)
        .body("language", equalTo("sl"))
        .body("themes", org.hamcrest.Matchers.contains("HOUSING"))
        .body("targetGroups", org.hamcrest.Matchers.contains("NATIVE", "EXPAT"))
        .body("sdgTargets", org.hamcrest.Matchers.contains("11.1"))
        .body("contactRole", nullValue())
        .body("reading.language", equalTo("sl"));
  }

  @Test
  @TestSecurity(user = "network-admin", roles = "network-admin")
  void anAdaptedInitiativeBecomesADraftToo() {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, "celje", "ADAPTED", "Language cafe"));

    UUID practiceId = awaitPractice(initiativeId);
    given()
        .when()
        .get("/practices/{id}", practiceId)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ADAPTED"))
        .body("status", equalTo("DRAFT"))
        .body("language", equalTo("en")) // an event without a language reads as English
        .body("themes", org.hamcrest.Matchers.empty());
  }

  @Test
  void theSameEventDeliveredTwiceDraftsOnePractice() {
    UUID initiativeId = UUID.randomUUID();
    String event = events.concluded(initiativeId, "tartu", "ADOPTED", "Twice");
    double appliedBefore = processed("applied");
    double duplicatesBefore = processed("duplicate");
    events.send(initiativeId, event);
    events.send(initiativeId, event);
    UUID practiceId = awaitPractice(initiativeId);

    awaitProcessedAfter(initiativeId);
    assertEquals(1, db.practicesFor(initiativeId));
    assertEquals(1, db.outboxRows(practiceId, PracticeDrafted.TYPE));
    assertTrue(processed("applied") >= appliedBefore + 1, "the first delivery counts as applied");
    assertTrue(processed("duplicate") >= duplicatesBefore + 1, "the second as a duplicate");
    assertTrue(
        metrics().names().contains("kafka_consumer_fetch_manager_records_lag_max"),
        "the consumers' lag is exported too");
  }

  @Test
  void aSecondAnnouncementUnderANewEventIdDraftsNoSecondPractice() {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, "tartu", "ADOPTED", "First"));
    UUID practiceId = awaitPractice(initiativeId);

    String secondId = UUID.randomUUID().toString();
    events.send(
        initiativeId, events.concluded(secondId, initiativeId, "tartu", "ADOPTED", "Again"));
    await().atMost(PATIENCE).until(() -> db.processed(secondId));

    assertEquals(1, db.practicesFor(initiativeId));
    assertEquals("First", db.practiceRow(practiceId).get("title"));
    assertEquals(1, db.outboxRows(practiceId, PracticeDrafted.TYPE));
  }

  @Test
  void aDiscontinuedInitiativeIsDraftedAsWhatDidNotWork() {
    UUID initiativeId = UUID.randomUUID();
    events.send(initiativeId, events.concluded(initiativeId, "esbjerg", "DISCONTINUED", "Stopped"));

    UUID practiceId = awaitPractice(initiativeId);
    Map<String, Object> row = db.practiceRow(practiceId);
    assertEquals("DISCONTINUED", row.get("outcome"));
    assertEquals("Conclusion of Stopped", row.get("lessons"));
    assertNull(row.get("results"));
    assertEquals(1, db.outboxRows(practiceId, PracticeDrafted.TYPE));
  }

  @Test
  void otherInitiativeEventsAreRecordedAndIgnored() {
    UUID initiativeId = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    long outboxBefore = db.outboxRows();
    events.send(
        initiativeId,
        events.event(
            eventId,
            "eu.cohesion.initiative.status-changed",
            initiativeId,
            Map.of(
                "initiativeId", initiativeId.toString(),
                "panelId", UUID.randomUUID().toString(),
                "city", "esbjerg",
                "from", "UNDER_REVIEW",
                "to", "CONCLUDED",
                "changedAt", "2025-03-01T10:00:00Z")));

    await().atMost(PATIENCE).until(() -> db.processed(eventId));
    assertEquals(0, db.practicesFor(initiativeId));
    assertEquals(outboxBefore, db.outboxRows());
  }

  @Test
  void fieldsAddedToTheContractLaterAreTolerated() throws Exception {
    UUID initiativeId = UUID.randomUUID();
    ObjectMapper plain = new ObjectMapper();
    JsonNode event = plain.readTree(events.concluded(initiativeId, "delft", "ADOPTED", "Later"));
    ((ObjectNode) event.get("data")).put("reviewAgainOn", "2026-01-01");
    events.send(initiativeId, plain.writeValueAsString(event));

    awaitPractice(initiativeId);
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicAndDoesNotBlockTheNextOne() {
    UUID initiativeId = UUID.randomUUID();
    double deadBefore = deadLettered("unparseable");
    events.send(initiativeId, "this is no CloudEvent");
    events.send(initiativeId, events.concluded(initiativeId, "besancon", "ADOPTED", "After"));

    awaitPractice(initiativeId);
    await().atMost(PATIENCE).until(() -> deadLettered("unparseable") >= deadBefore + 1);
    try (TopicReader reader = new TopicReader("initiative-events-dlq")) {
      List<ConsumerRecord<String, String>> dead =
          await()
              .atMost(PATIENCE)
              .until(
                  () -> reader.recordsWithKey(initiativeId.toString(), Duration.ofMillis(500)),
                  r -> !r.isEmpty());
      assertEquals(1, dead.size());
      assertEquals("this is no CloudEvent", dead.get(0).value());
    }
  }

  @Test
  void aConclusionWithoutTheFactsAPracticeNeedsIsDeadLetteredAsInvalid() {
    UUID initiativeId = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    events.send(
        initiativeId,
        events.event(
            eventId,
            InitiativeEvents.CONCLUDED,
            initiativeId,
            Map.of("initiativeId", initiativeId.toString(), "outcome", "ADOPTED")));

    try (TopicReader reader = new TopicReader("initiative-events-dlq")) {
      List<ConsumerRecord<String, String>> dead =
          await()
              .atMost(PATIENCE)
              .until(
                  () -> reader.recordsWithKey(initiativeId.toString(), Duration.ofMillis(500)),
                  r -> r.size() == 1);
      Header reason = dead.get(0).headers().lastHeader("cohesion-dead-letter-reason");
      assertEquals("invalid-data", new String(reason.value(), StandardCharsets.UTF_8));
    }
    assertEquals(0, db.practicesFor(initiativeId));
    assertFalse(
        db.processed(eventId), "the failed effect and its processed mark roll back together");
  }

  @Test
  void aConclusionArrivingWhileTheDatabaseRefusesConnectionsIsDraftedOnceItIsBack() {
    UUID initiativeId = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    try (TopicReader deadLetters = new TopicReader("initiative-events-dlq")) {
      try (DatabaseFaults.Fault outage = DatabaseFaults.refuseConnections("practice")) {
        events.send(
            initiativeId, events.concluded(eventId, initiativeId, "tartu", "ADOPTED", "Outage"));
        // The effect fails for seconds (refused and dropped connections): retried, not parked.
        await()
            .during(Duration.ofSeconds(4))
            .atMost(Duration.ofSeconds(6))
            .until(
                () ->
                    deadLetters
                        .recordsWithKey(initiativeId.toString(), Duration.ofMillis(300))
                        .isEmpty());
      }

      UUID practiceId = awaitPractice(initiativeId);
      assertTrue(db.processed(eventId));
      assertEquals(1, db.practicesFor(initiativeId));
      assertEquals(1, db.outboxRows(practiceId, PracticeDrafted.TYPE));
      assertEquals(
          List.of(), deadLetters.recordsWithKey(initiativeId.toString(), Duration.ofSeconds(1)));
    }
  }

  private UUID awaitPractice(UUID initiativeId) {
    return await()
        .atMost(PATIENCE)
        .until(() -> db.practiceFor(initiativeId), Optional::isPresent)
        .orElseThrow();
  }

  /**
   * Waits until the consumer has passed everything sent so far for this initiative: a marker event
   * with the same key lands in the same partition, behind them.
   */
  private static double processed(String outcome) {
    return metrics()
        .sum(
            "cohesion_events_processed_total",
            Map.of("topic", "initiative-events", "outcome", outcome));
  }

  private static double deadLettered(String reason) {
    return metrics()
        .sum(
            "cohesion_events_dead_lettered_total",
            Map.of("topic", "initiative-events", "reason", reason));
  }

  private static ScrapedMetrics metrics() {
    return ScrapedMetrics.of(
        given().when().get("/q/metrics").then().statusCode(200).extract().asString());
  }

  private void awaitProcessedAfter(UUID initiativeId) {
    String markerId = UUID.randomUUID().toString();
    events.send(
        initiativeId,
        events.event(
            markerId,
            "eu.cohesion.initiative.status-changed",
            initiativeId,
            Map.of("initiativeId", initiativeId.toString(), "city", "tartu")));
    await().atMost(PATIENCE).until(() -> db.processed(markerId));
  }
}
