package eu.cohesion.initiative.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.NotificationKind;
import eu.cohesion.initiative.domain.NotificationPreferences;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in person's own notifications and preferences. Every query is bound to the caller's
 * subject: someone else's notification does not exist for them (404, never 403, so ids leak
 * nothing).
 */
@ApplicationScoped
public class NotificationInbox {

  private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

  /** One notification as its recipient sees it. */
  public record Entry(
      UUID id,
      NotificationKind kind,
      Map<String, String> params,
      String link,
      Instant createdAt,
      Instant readAt) {}

  private final EntityManager entityManager;
  private final NotificationPreferenceStore preferences;
  private final ObjectMapper json;
  private final Clock clock;

  NotificationInbox(
      EntityManager entityManager,
      NotificationPreferenceStore preferences,
      ObjectMapper json,
      Clock clock) {
    this.entityManager = entityManager;
    this.preferences = preferences;
    this.json = json;
    this.clock = clock;
  }

  /** Unread first, then newest first. */
  @Transactional
  public ResultPage<Entry> list(Actor actor, int page, int size) {
    String me = person(actor, InitiativeAction.VIEW_OWN_NOTIFICATIONS);
    long total =
        ((Number)
                entityManager
                    .createNativeQuery("select count(*) from notification where recipient = ?1")
                    .setParameter(1, me)
                    .getSingleResult())
            .longValue();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, kind, cast(params as text), link, created_at, read_at"
                    + " from notification where recipient = ?1"
                    + " order by (read_at is null) desc, created_at desc, id"
                    + " limit ?2 offset ?3")
            .setParameter(1, me)
            .setParameter(2, size)
            .setParameter(3, (long) page * size)
            .getResultList();
    return ResultPage.of(rows.stream().map(this::entry).toList(), page, size, total);
  }

  @Transactional
  public long unread(Actor actor) {
    String me = person(actor, InitiativeAction.VIEW_OWN_NOTIFICATIONS);
    return ((Number)
            entityManager
                .createNativeQuery(
                    "select count(*) from notification where recipient = ?1 and read_at is null")
                .setParameter(1, me)
                .getSingleResult())
        .longValue();
  }

  /** Marks one notification read; again is a no-op that keeps the first reading time. */
  @Transactional
  public Entry markRead(Actor actor, UUID id) {
    String me = person(actor, InitiativeAction.CHANGE_OWN_NOTIFICATIONS);
    entityManager
        .createNativeQuery(
            "update notification set read_at = ?3"
                + " where id = ?1 and recipient = ?2 and read_at is null")
        .setParameter(1, id)
        .setParameter(2, me)
        .setParameter(3, Timestamp.from(now()))
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, kind, cast(params as text), link, created_at, read_at"
                    + " from notification where id = ?1 and recipient = ?2")
            .setParameter(1, id)
            .setParameter(2, me)
            .getResultList();
    if (rows.isEmpty()) {
      throw new ResourceNotFoundException("notification", id);
    }
    return entry(rows.get(0));
  }

  /**
   * Marks read every notification that arrived up to {@code upTo} (the newest one the person saw;
   * null: up to now), so one that arrives meanwhile stays unread.
   *
   * @return how many were unread
   */
  @Transactional
  public int markAllRead(Actor actor, Instant upTo) {
    String me = person(actor, InitiativeAction.CHANGE_OWN_NOTIFICATIONS);
    Instant now = now();
    return entityManager
        .createNativeQuery(
            "update notification set read_at = ?2"
                + " where recipient = ?1 and read_at is null and created_at <= ?3")
        .setParameter(1, me)
        .setParameter(2, Timestamp.from(now))
        .setParameter(3, Timestamp.from(upTo == null ? now : upTo))
        .executeUpdate();
  }

  public NotificationPreferenceStore.Versioned preferences(Actor actor) {
    return preferences.versioned(person(actor, InitiativeAction.VIEW_OWN_NOTIFICATIONS));
  }

  public NotificationPreferenceStore.Versioned changePreferences(
      Actor actor, Long expectedVersion, NotificationPreferences wanted) {
    return preferences.change(
        person(actor, InitiativeAction.CHANGE_OWN_NOTIFICATIONS), expectedVersion, wanted);
  }

  /** All of a person's notifications, oldest first, for their data export. */
  @Transactional
  public List<Entry> all(String subject) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, kind, cast(params as text), link, created_at, read_at"
                    + " from notification where recipient = ?1 order by created_at, id")
            .setParameter(1, subject)
            .getResultList();
    return rows.stream().map(this::entry).toList();
  }

  /** One notification, whoever holds it: for its e-mail. */
  @Transactional
  public Optional<Entry> byId(UUID id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, kind, cast(params as text), link, created_at, read_at"
                    + " from notification where id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream().findFirst().map(this::entry);
  }

  /** A person's notifications of one UTC day, oldest first: their digest. */
  @Transactional
  public List<Entry> onDay(String subject, LocalDate day) {
    Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, kind, cast(params as text), link, created_at, read_at"
                    + " from notification where recipient = ?1"
                    + " and created_at >= ?2 and created_at < ?3 order by created_at, id")
            .setParameter(1, subject)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(from.plus(1, ChronoUnit.DAYS)))
            .getResultList();
    return rows.stream().map(this::entry).toList();
  }

  private static String person(Actor actor, InitiativeAction action) {
    InitiativePermissions.TABLE.require(
        action,
        actor,
        actor.city(),
        "you may not " + action.name().toLowerCase().replace('_', ' '));
    return actor.subject();
  }

  private Entry entry(Object[] row) {
    try {
      return new Entry(
          (UUID) row[0],
          NotificationKind.valueOf((String) row[1]),
          json.readValue((String) row[2], PARAMS),
          (String) row[3],
          instant(row[4]),
          instant(row[5]));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("notification " + row[0] + " has unreadable params", e);
    }
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }
}
