package eu.cohesion.initiative.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.initiative.domain.NotificationKind;
import eu.cohesion.initiative.domain.NotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Puts notifications into their recipients' inboxes and queues the e-mails their preferences ask
 * for. Runs in the consumed event's transaction: the notifications, the queued mails and the
 * event's "processed" mark commit together; the mails leave only after that commit.
 */
@ApplicationScoped
public class Notifications {

  private final EntityManager entityManager;
  private final NotificationRecipients recipients;
  private final NotificationPreferenceStore preferences;
  private final ObjectMapper json;
  private final Event<MailQueued> mailQueued;
  private final Clock clock;

  Notifications(
      EntityManager entityManager,
      NotificationRecipients recipients,
      NotificationPreferenceStore preferences,
      ObjectMapper json,
      Event<MailQueued> mailQueued,
      Clock clock) {
    this.entityManager = entityManager;
    this.recipients = recipients;
    this.preferences = preferences;
    this.json = json;
    this.mailQueued = mailQueued;
    this.clock = clock;
  }

  /** Notifies the town's coordinators, as Keycloak lists them now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int toCoordinators(
      String eventId, NotificationKind kind, String city, Map<String, String> params, String link) {
    return deliver(eventId, kind, recipients.coordinatorsOf(city), params, link);
  }

  /**
   * One notification per recipient for the event; a recipient who already has this event's
   * notification (a redelivery) gets no second one, nor a second e-mail.
   *
   * @param params what the message needs, rendered by the reader: ids, dates, the town
   * @param link the SPA route the notification leads to, relative ({@code /initiatives/…})
   * @return how many notifications were new
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int deliver(
      String eventId,
      NotificationKind kind,
      Collection<String> recipientIds,
      Map<String, String> params,
      String link) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    String parameters = asJson(params);
    int created = 0;
    boolean mailed = false;
    for (String recipient : new LinkedHashSet<>(recipientIds)) {
      UUID id = UUID.randomUUID();
      int inserted =
          entityManager
              .createNativeQuery(
                  "insert into notification"
                      + " (id, recipient, kind, params, link, source_event_id, created_at)"
                      + " values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6, ?7)"
                      + " on conflict on constraint notification_once_per_event do nothing")
              .setParameter(1, id)
              .setParameter(2, recipient)
              .setParameter(3, kind.name())
              .setParameter(4, parameters)
              .setParameter(5, link)
              .setParameter(6, eventId)
              .setParameter(7, Timestamp.from(now))
              .executeUpdate();
      if (inserted == 0) {
        continue;
      }
      created++;
      if (preferences.of(recipient).mail() == NotificationPreferences.Mail.AT_ONCE) {
        entityManager
            .createNativeQuery(
                "insert into notification_mail"
                    + " (id, recipient, notification_id, created_at, next_attempt_at)"
                    + " values (?1, ?2, ?3, ?4, ?4)")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, recipient)
            .setParameter(3, id)
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
        mailed = true;
      }
    }
    if (mailed) {
      mailQueued.fire(new MailQueued());
    }
    return created;
  }

  private String asJson(Map<String, String> params) {
    try {
      return json.writeValueAsString(new TreeMap<>(params));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("parameters of a notification are plain strings", e);
    }
  }
}
