package eu.cohesion.practice.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.practice.InitiativeEvents;
import eu.cohesion.practice.Practices;
import eu.cohesion.practice.TestDatabase;
import eu.cohesion.practice.Transfers;
import eu.cohesion.practice.Unique;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** eu.cohesion.person.erased on panel-events anonymises the transfers the person registered. */
@QuarkusTest
class PersonErasedInTransfersTest {

  @Inject InitiativeEvents events;
  @Inject Practices practices;
  @Inject Transfers transfers;
  @Inject TestDatabase db;

  @Test
  void theErasedPersonNoLongerAuthorsTheirTransfersOnceOnly() {
    UUID practice = practices.published("mechelen", Unique.text("Erasure"));
    UUID keycloakUser = UUID.randomUUID();
    String city = "jelgava";
    UUID transfer =
        transfers.registeredBy(
            practice, new Actor(keycloakUser.toString(), Set.of(Role.CITY_COORDINATOR), city));
    UUID other = transfers.interested(practice, "delft");
    assertEquals(1, db.transfersBy(keycloakUser.toString()));

    String eventId = UUID.randomUUID().toString();
    String erased = erased(eventId, keycloakUser);
    events.sendTo("panel-events", UUID.randomUUID(), erased);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> db.transfersBy(keycloakUser.toString()) == 0);
    assertEquals("erased", db.transferRow(transfer).get("created_by"));
    assertEquals("coordinator-delft-id", db.transferRow(other).get("created_by"));
    assertEquals(city, db.transferRow(transfer).get("city_code"));
    Map<String, Object> after = db.transferRow(transfer);

    // Redelivered: applied once, nothing changes.
    events.sendTo("panel-events", UUID.randomUUID(), erased);
    await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(eventId));
    assertEquals(after, db.transferRow(transfer));
  }

  private String erased(String eventId, UUID keycloakUser) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("panelId", UUID.randomUUID().toString());
    data.put("keycloakUserId", keycloakUser.toString());
    data.put("memberIds", List.of(UUID.randomUUID().toString()));
    data.put("erasedAt", Instant.now().toString());
    return events.event(eventId, "eu.cohesion.person.erased", UUID.randomUUID(), data);
  }
}
