package eu.cohesion.initiative.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.contracts.EventCatalogue;
import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.rest.ReviewFixtures;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.ReviewRounds;
import eu.cohesion.initiative.service.StatusChange;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Members learnt from real panel-events records become a round's eligible reviewers; the round's
 * story then appears on initiative-events as records the catalogue accepts, ids and aggregates
 * only.
 */
@QuarkusTest
class ReviewEventsTest {

  private static final String TOWN = "ventspils";

  @Inject TestDatabase db;
  @Inject ObjectMapper json;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;
  @Inject ReviewRounds rounds;
  @Inject ReviewFixtures fixtures;

  @Test
  void membersFromPanelEventsReviewAndTheRoundsEventsFollowTheContract() throws Exception {
    UUID panel = UUID.randomUUID();
    UUID citizen = UUID.randomUUID();
    UUID expert = UUID.randomUUID();
    UUID leaver = UUID.randomUUID();
    UUID citizenLogin = UUID.randomUUID();
    UUID expertLogin = UUID.randomUUID();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.panelCreated(UUID.randomUUID().toString(), panel, TOWN, "Ventspils LPS");
      publisher.memberEvent(
          UUID.randomUUID().toString(), "member-joined", panel, citizen, TOWN, null, "CITIZEN");
      String changed = UUID.randomUUID().toString();
      publisher.memberEvent(
          changed, "member-changed", panel, citizen, TOWN, citizenLogin, "CITIZENS_ORGANISATION");
      publisher.memberEvent(changed, "member-changed", panel, citizen, TOWN, null, "EXPERT");
      publisher.memberEvent(
          UUID.randomUUID().toString(),
          "member-joined",
          panel,
          expert,
          TOWN,
          expertLogin,
          "EXPERT");
      publisher.memberEvent(
          UUID.randomUUID().toString(),
          "member-joined",
          panel,
          leaver,
          TOWN,
          UUID.randomUUID(),
          "OFFICIAL");
      publisher.memberEvent(
          UUID.randomUUID().toString(),
          "member-left",
          panel,
          leaver,
          TOWN,
          UUID.randomUUID(),
          "OFFICIAL");
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> db.memberState(leaver) != null && db.memberState(leaver).endsWith("false"));
    assertEquals(
        citizenLogin + "/CITIZENS/true", db.memberState(citizen), "a replay changes nothing");
    assertEquals(expertLogin + "/EXPERTISE/true", db.memberState(expert));

    UUID id =
        creation.create(Callers.coordinatorOf(TOWN), new NewInitiative(panel, "Tandem", null)).id();
    long version = 0;
    for (InitiativeStatus to :
        List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.APPROVED,
            InitiativeStatus.PILOTING,
            InitiativeStatus.UNDER_REVIEW)) {
      version =
          statusChanges
              .change(Callers.NETWORK_ADMIN, id, new StatusChange(version, to, "r", null))
              .version();
    }
    UUID round =
        rounds
            .open(Callers.coordinatorOf(TOWN), id, Instant.now().plus(2, ChronoUnit.DAYS))
            .round()
            .id();
    fixtures.review(TOWN, citizenLogin.toString(), round, 4);
    fixtures.review(TOWN, expertLogin.toString(), round, 2);
    rounds.close(Callers.coordinatorOf(TOWN), round, 0L);
    statusChanges.change(
        Callers.coordinatorOf(TOWN),
        id,
        new StatusChange(
            version,
            InitiativeStatus.CONCLUDED,
            "reviewed",
            new Conclusion(Outcome.ADOPTED, "Keep it.", LocalDate.now().plusYears(1))));

    List<ConsumerRecord<String, String>> records;
    try (TopicReader reader = new TopicReader("initiative-events")) {
      records =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(
                  () -> reader.recordsWithKey(id.toString(), Duration.ofMillis(500)),
                  r -> r.size() >= 9);
      records = reader.recordsWithKey(id.toString(), Duration.ofSeconds(1));
    }
    EventCatalogue catalogue = EventCatalogue.load();
    List<JsonNode> events = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      assertEquals(List.of(), catalogue.violations("initiative-events", record.value()));
      events.add(json.readTree(record.value()));
    }
    List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
    assertEquals(
        List.of(
            "eu.cohesion.initiative.created",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.review-round.opened",
            "eu.cohesion.review-round.closed",
            "eu.cohesion.initiative.status-changed",
            "eu.cohesion.initiative.concluded"),
        types);

    JsonNode opened = events.get(5).get("data");
    assertEquals(round.toString(), opened.get("roundId").asText());
    assertEquals(panel.toString(), opened.get("panelId").asText());
    List<String> eligible = new ArrayList<>();
    opened.get("eligibleReviewerIds").forEach(n -> eligible.add(n.asText()));
    assertEquals(2, eligible.size());
    assertTrue(eligible.containsAll(List.of(citizenLogin.toString(), expertLogin.toString())));

    JsonNode closed = events.get(6).get("data");
    assertEquals(2, closed.get("results").get("submitted").asInt());
    assertEquals(3.0, closed.get("results").get("criteria").get(0).get("mean").asDouble());
    assertFalse(closed.toString().contains("because"), "no reasons leave the service");

    JsonNode concluded = events.get(8).get("data");
    assertEquals(round.toString(), concluded.get("reviewResults").get("roundId").asText());
    assertEquals(2, concluded.get("reviewResults").get("byPillar").size());
    assertFalse(concluded.toString().contains("because"));
  }
}
