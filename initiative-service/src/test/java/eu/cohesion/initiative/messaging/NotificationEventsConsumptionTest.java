package eu.cohesion.initiative.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.FakeRealm;
import eu.cohesion.initiative.SentMail;
import eu.cohesion.localstack.testing.SqlProbe;
import eu.cohesion.localstack.testing.TopicReader;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review facts published to the real broker as the review rounds publish them become one
 * notification per recipient, and one e-mail each in the recipient's language with a link into the
 * app; a redelivered event adds nothing; only a poison record is dead-lettered.
 */
@QuarkusTest
class NotificationEventsConsumptionTest {

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
  void aRoundOpenedNotifiesEachEligibleReviewerOnceInTheirLanguage() {
    String anna = person("de");
    String ben = person(null);
    UUID initiative = UUID.randomUUID();
    String eventId = UUID.randomUUID().toString();
    Instant closesAt = Instant.parse("2026-12-09T17:00:00Z");
    try (InitiativeEventsPublisher events = new InitiativeEventsPublisher()) {
      events.roundOpened(
          eventId, UUID.randomUUID(), initiative, "delft", List.of(anna, ben), closesAt);
      events.roundOpened(
          eventId, UUID.randomUUID(), initiative, "delft", List.of(anna, ben), closesAt);
      // Same key, so behind both on the partition: once it is in, the redelivery was handled.
      String sentinel = person(null);
      events.roundOpened(
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          initiative,
          "delft",
          List.of(sentinel),
          closesAt);
      await().atMost(DELIVERY).until(() -> notifications(sentinel) == 1);
    }

    assertEquals(
        2, sql.count("select count(*) from notification where source_event_id = ?", eventId));
    assertEquals(1, notifications(anna));
    await().atMost(DELIVERY).until(() -> mail.to(address(anna)).size() == 1);
    await().atMost(DELIVERY).until(() -> mail.to(address(ben)).size() == 1);

    SentMail.Message toAnna = mail.to(address(anna)).get(0);
    assertEquals("Ihre Bewertung ist gefragt", toAnna.subject());
    assertTrue(toAnna.text().contains("vor 2026-12-09 17:00 UTC"), toAnna.text());
    assertTrue(
        toAnna.text().contains("http://127.0.0.1:3000/initiatives/" + initiative), toAnna.text());
    assertEquals("Your review is requested", mail.to(address(ben)).get(0).subject());
    assertEquals(
        "/initiatives/" + initiative,
        sql.query(
            "select link from notification where recipient = ?",
            rs -> rs.next() ? rs.getString(1) : null,
            anna));
  }

  @Test
  void quorumAtRiskAndReviewDueReachTheTownsCoordinatorsAsTheyChose() {
    String city = "town-" + UUID.randomUUID().toString().substring(0, 8);
    String mails = person("nl");
    String digests = person("fr");
    String quiet = person(null);
    realm.coordinators(city, List.of(mails, digests, quiet));
    sql.update(
        "insert into notification_preference values (?, true, true, 1, now()), (?, false, false, 1, now())",
        digests,
        quiet);
    UUID initiative = UUID.randomUUID();
    try (InitiativeEventsPublisher events = new InitiativeEventsPublisher()) {
      events.quorumAtRisk(
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          initiative,
          city,
          Instant.now().plus(30, ChronoUnit.HOURS));
      events.reviewDue(UUID.randomUUID().toString(), initiative, city, LocalDate.of(2027, 3, 1));
    }
    await().atMost(DELIVERY).until(() -> notifications(quiet) == 2);
    assertEquals(2, notifications(mails));
    assertEquals(2, notifications(digests));

    await().atMost(DELIVERY).until(() -> mail.to(address(mails)).size() == 2);
    assertEquals(
        List.of(
            "Een beoordelingsronde dreigt haar quorum te missen",
            "Een initiatief moet opnieuw beoordeeld worden"),
        mail.to(address(mails)).stream().map(SentMail.Message::subject).sorted().toList());
    assertEquals(
        0,
        sql.count(
            "select count(*) from notification_mail where recipient in (?, ?)", digests, quiet));
    assertEquals(0, mail.to(address(digests)).size(), "the digest brings it tomorrow");
  }

  @Test
  void onlyAPoisonRecordIsDeadLetteredAndTheNextEventStillArrives() {
    String reviewer = person(null);
    UUID initiative = UUID.randomUUID();
    String poisonId = UUID.randomUUID().toString();
    try (InitiativeEventsPublisher events = new InitiativeEventsPublisher();
        TopicReader dlq = new TopicReader("initiative-notifications-dlq")) {
      events.sendRaw(
          initiative,
          """
          {"specversion":"1.0","id":"%s","source":"/initiative-service",\
          "type":"eu.cohesion.review-round.opened","subject":"%s","data":{"roundId":"not-a-uuid"}}"""
              .formatted(poisonId, initiative));
      events.roundOpened(
          UUID.randomUUID().toString(),
          UUID.randomUUID(),
          initiative,
          "delft",
          List.of(reviewer),
          Instant.now().plus(3, ChronoUnit.DAYS));
      await().atMost(DELIVERY).until(() -> notifications(reviewer) == 1);
      assertEquals(1, dlq.recordsWithKey(initiative.toString(), Duration.ofSeconds(10)).size());
    }
    assertEquals(
        0, sql.count("select count(*) from notification where source_event_id = ?", poisonId));
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
