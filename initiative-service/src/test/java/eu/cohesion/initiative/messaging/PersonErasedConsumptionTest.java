package eu.cohesion.initiative.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.initiative.TestDatabase;
import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.initiative.service.InitiativeCreation;
import eu.cohesion.initiative.service.InitiativeStatusChanges;
import eu.cohesion.initiative.service.NewInitiative;
import eu.cohesion.initiative.service.StatusChange;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * eu.cohesion.person.erased, published to the real broker as panel-service does, replaces the
 * erased person's Keycloak id in initiatives and their history with "erased", once, and leaves
 * everyone else's as it was.
 */
@QuarkusTest
class PersonErasedConsumptionTest {

  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Inject TestDatabase db;
  @Inject InitiativeCreation creation;
  @Inject InitiativeStatusChanges statusChanges;
  @Inject AgroalDataSource dataSource;

  @Test
  void theErasedPersonsIdsBecomeErasedAndOthersStay() {
    UUID erasedUser = UUID.randomUUID();
    UUID otherUser = UUID.randomUUID();
    UUID panel = db.knownPanel("celje");
    Actor erased = coordinator(erasedUser);
    Actor other = coordinator(otherUser);
    UUID initiative = creation.create(erased, new NewInitiative(panel, "Language café", null)).id();
    statusChanges.change(
        other, initiative, new StatusChange(0L, InitiativeStatus.PROPOSED, "ready", null));
    UUID untouched = creation.create(other, new NewInitiative(panel, "Night bus", null)).id();

    String eventId = UUID.randomUUID().toString();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.personErased(eventId, UUID.randomUUID(), erasedUser, List.of(UUID.randomUUID()));
      publisher.personErased(eventId, UUID.randomUUID(), erasedUser, List.of(UUID.randomUUID()));
    }
    await().atMost(DELIVERY).until(() -> db.processedEventRows(eventId) == 1);

    SqlProbe sql = new SqlProbe(dataSource);
    assertEquals("erased", createdBy(sql, initiative));
    assertEquals(
        List.of("erased", otherUser.toString()), changedBy(sql, initiative), "history stays");
    assertEquals(otherUser.toString(), createdBy(sql, untouched));
    assertEquals(
        0,
        sql.count(
            "select count(*) from initiative where created_by = ?"
                + " or id in (select initiative_id from initiative_transition where changed_by = ?)",
            erasedUser.toString(),
            erasedUser.toString()));
  }

  @Test
  void anErasedMemberWithoutALoginChangesNothing() {
    String eventId = UUID.randomUUID().toString();
    long outbox = db.outboxRows();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.personErased(eventId, UUID.randomUUID(), null, List.of(UUID.randomUUID()));
    }
    await().atMost(DELIVERY).until(() -> db.processedEventRows(eventId) == 1);
    assertEquals(outbox, db.outboxRows());
  }

  private static Actor coordinator(UUID user) {
    return new Actor(user.toString(), Set.of(Role.CITY_COORDINATOR), "celje");
  }

  private static String createdBy(SqlProbe sql, UUID initiative) {
    return sql.query(
        "select created_by from initiative where id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        initiative);
  }

  private static List<String> changedBy(SqlProbe sql, UUID initiative) {
    return sql.query(
        "select changed_by from initiative_transition where initiative_id = ? order by id",
        rs -> {
          List<String> by = new ArrayList<>();
          while (rs.next()) {
            by.add(rs.getString(1));
          }
          return by;
        },
        initiative);
  }
}
