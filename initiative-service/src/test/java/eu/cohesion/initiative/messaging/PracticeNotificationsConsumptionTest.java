package eu.cohesion.initiative.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.FakeRealm;
import eu.cohesion.initiative.SentMail;
import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Practice facts on practice-events become notifications in the one notification centre: the
 * followers a practice-exchange notice names, each once and in their language with a link to the
 * practice; a transfer registered by another town, the source town's coordinators.
 */
@QuarkusTest
class PracticeNotificationsConsumptionTest {

  private static final Duration DELIVERY = Duration.ofSeconds(30);

  @Inject FakeRealm realm;
  @Inject SentMail mail;
  @Inject AgroalDataSource dataSource;

  private SqlProbe sql;

  @BeforeEach
  void probe() {
    sql = new SqlProbe(dataSource);
  }

  @Test
  void followersAreToldOnceInTheirLanguageWithALinkToThePractice() {
    String anna = person("de");
    String ben = person(null);
    UUID practice = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    try (PracticeEventsPublisher events = new PracticeEventsPublisher()) {
      events.followersNotified(eventId, practice, "celje", "REVISED", List.of(anna, ben));
      events.followersNotified(eventId, practice, "celje", "REVISED", List.of(anna, ben));
      String sentinel = person(null);
      events.followersNotified(
          UUID.randomUUID().toString(), practice, "celje", "ANSWERED", List.of(sentinel));
      await().atMost(DELIVERY).until(() -> notifications(sentinel) == 1);
    }
    assertEquals(
        2, sql.count("select count(*) from notification where source_event_id = ?", eventId));
    assertEquals(1, notifications(anna));
    assertEquals(
        "PRACTICE_REVISED",
        sql.query(
            "select kind from notification where recipient = ?",
            rs -> rs.next() ? rs.getString(1) : null,
            anna));
    assertEquals(
        "/practices/" + practice,
        sql.query(
            "select link from notification where recipient = ?",
            rs -> rs.next() ? rs.getString(1) : null,
            ben));

    await().atMost(DELIVERY).until(() -> mail.to(address(anna)).size() == 1);
    SentMail.Message toAnna = mail.to(address(anna)).get(0);
    assertEquals("Eine Praxis, der Sie folgen, wurde überarbeitet", toAnna.subject());
    assertTrue(toAnna.text().contains("aus celje"), toAnna.text());
    assertTrue(
        toAnna.text().contains("http://127.0.0.1:3000/practices/" + practice), toAnna.text());
    await().atMost(DELIVERY).until(() -> mail.to(address(ben)).size() == 1);
    assertEquals("A practice you follow was revised", mail.to(address(ben)).get(0).subject());
  }

  @Test
  void aTransferRegisteredByAnotherTownReachesTheSourceTownsCoordinators() {
    String source = "town-" + UUID.randomUUID().toString().substring(0, 8);
    String coordinator = person("fr");
    realm.coordinators(source, List.of(coordinator));
    UUID transfer = UUID.randomUUID();
    try (PracticeEventsPublisher events = new PracticeEventsPublisher()) {
      // The source town's own answer tells it nothing; same key, so it is handled first.
      events.transferChanged(UUID.randomUUID().toString(), transfer, source, "tartu", "ANSWERED");
      events.transferChanged(UUID.randomUUID().toString(), transfer, source, "tartu", "REGISTERED");
    }
    await().atMost(DELIVERY).until(() -> notifications(coordinator) == 1);
    assertEquals(
        "/transfers/" + transfer,
        sql.query(
            "select link from notification where recipient = ?",
            rs -> rs.next() ? rs.getString(1) : null,
            coordinator));
    await().atMost(DELIVERY).until(() -> mail.to(address(coordinator)).size() == 1);
    assertEquals(
        "Le transfert d'une pratique de votre ville a avancé",
        mail.to(address(coordinator)).get(0).subject());
    assertEquals(1, notifications(coordinator));
  }

  private String person(String locale) {
    String id = UUID.randomUUID().toString();
    realm.user(id, address(id), "Person " + id.substring(0, 4), locale);
    return id;
  }

  private static String address(String userId) {
    return "u-" + userId + "@example.org";
  }

  private long notifications(String recipient) {
    return sql.count("select count(*) from notification where recipient = ?", recipient);
  }
}
