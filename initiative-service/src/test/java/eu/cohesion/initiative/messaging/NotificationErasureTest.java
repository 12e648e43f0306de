package eu.cohesion.initiative.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.localstack.testing.SqlProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * eu.cohesion.person.erased takes the person's notifications, queued e-mails and preferences with
 * it; everyone else's stay.
 */
@QuarkusTest
class NotificationErasureTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void anErasedPersonsNotificationsAndPreferencesGo() {
    SqlProbe sql = new SqlProbe(dataSource);
    UUID erased = UUID.randomUUID();
    String other = UUID.randomUUID().toString();
    for (String recipient : List.of(erased.toString(), other)) {
      UUID id = UUID.randomUUID();
      sql.update(
          "insert into notification (id, recipient, kind, params, link, source_event_id, created_at)"
              + " values (?, ?, 'REVIEW_DUE', cast('{}' as jsonb), '/initiatives/x', ?, now())",
          id,
          recipient,
          UUID.randomUUID().toString());
      sql.update(
          "insert into notification_mail (id, recipient, notification_id, created_at, next_attempt_at)"
              + " values (?, ?, ?, now(), now() + interval '1 day')",
          UUID.randomUUID(),
          recipient,
          id);
      sql.update(
          "insert into notification_preference values (?, false, false, 1, now())", recipient);
    }

    String eventId = UUID.randomUUID().toString();
    try (PanelEventsPublisher publisher = new PanelEventsPublisher()) {
      publisher.personErased(eventId, UUID.randomUUID(), erased, List.of(UUID.randomUUID()));
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                sql.count("select count(*) from processed_event where event_id = ?", eventId) == 1);

    for (String table : List.of("notification", "notification_mail", "notification_preference")) {
      assertEquals(
          0,
          sql.count("select count(*) from " + table + " where recipient = ?", erased.toString()),
          table);
      assertEquals(
          1, sql.count("select count(*) from " + table + " where recipient = ?", other), table);
    }
  }
}
