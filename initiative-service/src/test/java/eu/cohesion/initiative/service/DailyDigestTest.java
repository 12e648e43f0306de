package eu.cohesion.initiative.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.initiative.FakeRealm;
import eu.cohesion.initiative.SentMail;
import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The daily digest: one e-mail per person who chose it, with that day's notifications and links,
 * queued once however often the job runs; nobody else gets one.
 */
@QuarkusTest
class DailyDigestTest {

  @Inject DailyDigest digest;
  @Inject FakeRealm realm;
  @Inject SentMail mail;
  @Inject AgroalDataSource dataSource;

  @Test
  void oneDigestADayWithTheDaysNotifications() {
    SqlProbe sql = new SqlProbe(dataSource);
    LocalDate day = LocalDate.of(2026, 11, 3);
    String reader = UUID.randomUUID().toString();
    String atOnce = UUID.randomUUID().toString();
    realm.user(reader, reader + "@example.org", "Ilse", "de");
    realm.user(atOnce, atOnce + "@example.org", "Jan", null);
    sql.update("insert into notification_preference values (?, true, true, 1, now())", reader);
    UUID first = notification(sql, reader, "2026-11-03T08:00:00Z");
    UUID second = notification(sql, reader, "2026-11-03T21:30:00Z");
    UUID nextDay = notification(sql, reader, "2026-11-04T00:00:00Z");
    notification(sql, atOnce, "2026-11-03T09:00:00Z");

    assertTrue(digest.queue(day) >= 1);
    assertEquals(0, digest.queue(day), "a second run queues nothing more");
    assertEquals(
        1,
        sql.count(
            "select count(*) from notification_mail where recipient = ? and digest_day = ?",
            reader,
            Date.valueOf(day)));
    assertEquals(
        0, sql.count("select count(*) from notification_mail where recipient = ?", atOnce));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mail.to(reader + "@example.org").size() == 1);
    SentMail.Message sent = mail.to(reader + "@example.org").get(0);
    assertEquals("Ihre Cohesion-Benachrichtigungen vom 2026-11-03", sent.subject());
    assertTrue(sent.text().contains("Hallo Ilse,"), sent.text());
    assertTrue(sent.text().contains("/initiatives/" + first), sent.text());
    assertTrue(sent.text().contains("/initiatives/" + second), sent.text());
    assertFalse(sent.text().contains("/initiatives/" + nextDay), sent.text());
    assertTrue(
        sent.text().contains("http://127.0.0.1:3000/notifications/preferences"), sent.text());
  }

  private static UUID notification(SqlProbe sql, String recipient, String createdAt) {
    UUID id = UUID.randomUUID();
    sql.update(
        "insert into notification (id, recipient, kind, params, link, source_event_id, created_at)"
            + " values (?, ?, 'REVIEW_DUE', cast(? as jsonb), ?, ?, ?)",
        id,
        recipient,
        "{\"initiativeId\":\"" + id + "\",\"city\":\"delft\",\"reviewAgainOn\":\"2026-11-03\"}",
        "/initiatives/" + id,
        UUID.randomUUID().toString(),
        Timestamp.from(Instant.parse(createdAt)));
    return id;
  }
}
