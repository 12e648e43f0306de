package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.NotificationPreferences;
import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.audit.AdministrativeChange;
import eu.cohesion.kit.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * What this service holds about the signed-in person (GDPR Art. 15/20): the initiatives they
 * created, the lifecycle steps they took, their reviews, their notifications and notification
 * preferences and the audit's record of their administrative changes, all kept under their token
 * subject.
 */
@ApplicationScoped
public class PersonalDataReport {

  /** Enough for any person's export; {@code GET /admin-audit} pages through the rest. */
  private static final int AUDIT_EXPORT_LIMIT = 10_000;

  private final EntityManager entityManager;
  private final Clock clock;

  private final NotificationInbox notifications;
  private final NotificationPreferenceStore notificationPreferences;
  private final AdminAudit audit;

  PersonalDataReport(
      EntityManager entityManager,
      Clock clock,
      NotificationInbox notifications,
      NotificationPreferenceStore notificationPreferences,
      AdminAudit audit) {
    this.entityManager = entityManager;
    this.clock = clock;
    this.notifications = notifications;
    this.notificationPreferences = notificationPreferences;
    this.audit = audit;
  }

  public record Created(UUID initiativeId, UUID panelId, String city, String title, Instant at) {}

  public record Step(UUID initiativeId, String from, String to, Instant at, String reason) {}

  public record Score(String criterion, int score, String reason) {}

  public record OwnReview(
      UUID roundId,
      UUID initiativeId,
      String pillar,
      Instant submittedAt,
      Instant updatedAt,
      List<Score> scores) {}

  public record OwnData(
      String subject,
      Instant exportedAt,
      List<Created> initiativesCreated,
      List<Step> stepsTaken,
      List<OwnReview> reviews,
      List<NotificationInbox.Entry> notifications,
      NotificationPreferences notificationPreferences,
      List<AdministrativeChange> administrativeChanges) {}

  public OwnData of(Actor actor) {
    InitiativePermissions.TABLE.require(
        InitiativeAction.EXPORT_OWN_DATA, actor, actor.city(), "you may not export personal data");
    List<Created> created =
        rows(
                "select id, panel_id, city_code, title, created_at from initiative"
                    + " where created_by = ?1 order by created_at",
                actor.subject())
            .stream()
            .map(
                r ->
                    new Created(
                        (UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], instant(r[4])))
            .toList();
    List<Step> steps =
        rows(
                "select initiative_id, from_status, to_status, changed_at, reason"
                    + " from initiative_transition where changed_by = ?1 order by id",
                actor.subject())
            .stream()
            .map(
                r ->
                    new Step(
                        (UUID) r[0], (String) r[1], (String) r[2], instant(r[3]), (String) r[4]))
            .toList();
    List<OwnReview> reviews =
        rows(
                "select r.id, r.round_id, rr.initiative_id, r.pillar, r.submitted_at, r.updated_at"
                    + " from review r join review_round rr on rr.id = r.round_id"
                    + " where r.keycloak_user_id = ?1 order by r.submitted_at",
                actor.subject())
            .stream()
            .map(
                r ->
                    new OwnReview(
                        (UUID) r[1],
                        (UUID) r[2],
                        (String) r[3],
                        instant(r[4]),
                        instant(r[5]),
                        scores((UUID) r[0])))
            .toList();
    return new OwnData(
        actor.subject(),
        clock.instant().truncatedTo(ChronoUnit.MICROS),
        created,
        steps,
        reviews,
        notifications.all(actor.subject()),
        notificationPreferences.of(actor.subject()),
        audit.changesBy(actor.subject(), AUDIT_EXPORT_LIMIT));
  }

  @SuppressWarnings("unchecked")
  private List<Score> scores(UUID reviewId) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select criterion, score, reason from review_score where review_id = ?1"
                    + " order by criterion")
            .setParameter(1, reviewId)
            .getResultList();
    return rows.stream()
        .map(r -> new Score((String) r[0], ((Number) r[1]).intValue(), (String) r[2]))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String subject) {
    return entityManager.createNativeQuery(sql).setParameter(1, subject).getResultList();
  }

  private static Instant instant(Object value) {
    return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
  }
}
