package eu.cohesion.initiative.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.Callers;
import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.domain.Outcome;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.StatusChange;
import eu.cohesion.localstack.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Transfers published to the real broker as practice-exchange-service publishes them link the
 * adopting town's initiative to the practice it adapts: the initiative detail shows adaptedFrom; a
 * redelivered event changes nothing more; a transfer of another town, or before ADAPTING, links
 * nothing; ABANDONED unlinks; only a poison record is dead-lettered.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "network-admin")
class TransferEventsConsumptionTest {

  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final String TOWN = "jelgava";
  private static final String SOURCE = "mechelen";

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;

  @Test
  void anAdaptingThenTransferredTransferLinksTheConcludedInitiativeOnce() {
    UUID initiative = concludedInitiative();
    UUID transfer = UUID.randomUUID();
    UUID practice = UUID.randomUUID();
    String adapting = UUID.randomUUID().toString();
    try (PracticeEventsPublisher events = new PracticeEventsPublisher()) {
      events.transferChanged(
          UUID.randomUUID().toString(),
          transfer,
          practice,
          SOURCE,
          TOWN,
          "INTERESTED",
          "REGISTERED",
          null);
      events.transferChanged(
          adapting, transfer, practice, SOURCE, TOWN, "ADAPTING", "MOVED", initiative);
      events.transferChanged(
          adapting, transfer, practice, SOURCE, TOWN, "ADAPTING", "MOVED", initiative);
      String transferred = UUID.randomUUID().toString();
      events.transferChanged(
          transferred, transfer, practice, SOURCE, TOWN, "TRANSFERRED", "MOVED", initiative);
      // The same key, so behind the others on the partition.
      await().atMost(DELIVERY).until(() -> db.processedEventRows(LINKS + transferred) == 1);
    }

    detail(initiative)
        .body("adaptedFrom.practiceId", equalTo(practice.toString()))
        .body("adaptedFrom.transferId", equalTo(transfer.toString()))
        .body("adaptedFrom.sourceCity", equalTo(SOURCE))
        .body("status", equalTo("CONCLUDED"));
    assertEquals(1, db.processedEventRows(LINKS + adapting));
    assertEquals(6, db.initiativeState(initiative).version(), "five steps and one link, not three");
  }

  @Test
  void anotherTownsTransferLinksNothingAndAbandoningUnlinks() {
    UUID initiative = concludedInitiative();
    UUID practice = UUID.randomUUID();
    UUID foreign = UUID.randomUUID();
    UUID own = UUID.randomUUID();
    String last = UUID.randomUUID().toString();
    try (PracticeEventsPublisher events = new PracticeEventsPublisher()) {
      events.transferChanged(
          UUID.randomUUID().toString(),
          foreign,
          practice,
          SOURCE,
          "delft",
          "ADAPTING",
          "MOVED",
          initiative);
      events.transferChanged(
          UUID.randomUUID().toString(),
          own,
          practice,
          SOURCE,
          TOWN,
          "ADAPTING",
          "MOVED",
          initiative);
      events.transferChanged(last, own, practice, SOURCE, TOWN, "ABANDONED", "MOVED", initiative);
      await().atMost(DELIVERY).until(() -> db.processedEventRows(LINKS + last) == 1);
    }

    detail(initiative).body("adaptedFrom", nullValue());
    assertEquals(7, db.initiativeState(initiative).version(), "linked once, unlinked once");
  }

  @Test
  void onlyAPoisonRecordIsDeadLetteredAndTheNextTransferStillLinks() {
    UUID initiative = concludedInitiative();
    UUID transfer = UUID.randomUUID();
    UUID practice = UUID.randomUUID();
    String poisonId = UUID.randomUUID().toString();
    try (PracticeEventsPublisher events = new PracticeEventsPublisher();
        TopicReader dlq = new TopicReader("practice-transfers-dlq")) {
      events.sendRaw(
          transfer,
          """
          {"specversion":"1.0","id":"%s","source":"/practice-exchange-service",\
          "type":"eu.cohesion.transfer.changed","subject":"%s","data":{"transferId":"nope"}}"""
              .formatted(poisonId, transfer));
      events.transferChanged(
          UUID.randomUUID().toString(),
          transfer,
          practice,
          SOURCE,
          TOWN,
          "ADAPTING",
          "MOVED",
          initiative);
      await()
          .atMost(DELIVERY)
          .untilAsserted(
              () ->
                  detail(initiative).body("adaptedFrom.transferId", equalTo(transfer.toString())));
      assertEquals(1, dlq.recordsWithKey(transfer.toString(), Duration.ofSeconds(10)).size());
    }
    assertEquals(0, db.processedEventRows(LINKS + poisonId));
  }

  /**
   * The link records its events under its own name: the notifier applies the same transfer events
   * for itself (EventRouter.recordedAs), so its rows must not count here.
   */
  private static final String LINKS = "transfer-links:";

  private static io.restassured.response.ValidatableResponse detail(UUID initiative) {
    return given().when().get("/initiatives/" + initiative).then().statusCode(200);
  }

  /** An initiative of the adopting town, taken through its lifecycle to CONCLUDED (version 5). */
  private UUID concludedInitiative() {
    UUID panel = db.knownPanel(TOWN);
    var initiative =
        creation.create(
            Callers.coordinatorOf(TOWN), new NewInitiative(panel, "Welcome desk", null));
    long version = initiative.version();
    for (InitiativeStatus to :
        List.of(
            InitiativeStatus.PROPOSED,
            InitiativeStatus.APPROVED,
            InitiativeStatus.PILOTING,
            InitiativeStatus.UNDER_REVIEW,
            InitiativeStatus.CONCLUDED)) {
      Conclusion conclusion =
          to == InitiativeStatus.CONCLUDED
              ? new Conclusion(Outcome.ADAPTED, "kept with Saturday hours")
              : null;
      version =
          statusChanges
              .change(
                  Callers.NETWORK_ADMIN,
                  initiative.id(),
                  new StatusChange(version, to, "set-up", conclusion))
              .version();
    }
    return initiative.id();
  }
}
