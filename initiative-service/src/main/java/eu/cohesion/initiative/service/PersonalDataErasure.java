package eu.cohesion.initiative.service;

import eu.cohesion.kit.audit.AdminAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Forgets a person erased in panel-service (GDPR Art. 17): the initiatives they created and the
 * lifecycle steps they took keep their history, with "erased" where their id was; their pending
 * idempotency records (which replay response bodies), notifications and notification preferences
 * go. Their reviews keep pillar and scores, so closed rounds' results stay true, but lose who wrote
 * them and their reasons (free text that may identify the author); their place among a round's
 * eligible reviewers keeps counting, without the login; the audit of administrative changes keeps
 * what they changed, with "erased" for who. See docs/reviews.md.
 */
@ApplicationScoped
public class PersonalDataErasure {

  /** What stands in for the erased person's id; no Keycloak subject looks like it. */
  public static final String ERASED = "erased";

  private final EntityManager entityManager;
  private final AdminAudit audit;

  PersonalDataErasure(EntityManager entityManager, AdminAudit audit) {
    this.entityManager = entityManager;
    this.audit = audit;
  }

  /**
   * MANDATORY: commits with the consumed event's id. Native updates: the audit columns are not
   * updatable through the entities, on purpose; only an erasure rewrites them. Repeating it finds
   * nothing left to change.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(UUID keycloakUserId) {
    String subject = keycloakUserId.toString();
    update("update initiative set created_by = ?1 where created_by = ?2", subject);
    update("update initiative_transition set changed_by = ?1 where changed_by = ?2", subject);
    update("update review_round set opened_by = ?1 where opened_by = ?2", subject);
    update("update review_round set closed_by = ?1 where closed_by = ?2", subject);
    forget(
        "update review_score set reason = null"
            + " where review_id in (select id from review where keycloak_user_id = ?1)",
        subject);
    forget(
        "update review set keycloak_user_id = null, member_id = null where keycloak_user_id = ?1",
        subject);
    forget(
        "update review_round_reviewer set keycloak_user_id = null where keycloak_user_id = ?1",
        subject);
    forget(
        "update known_panel_member set keycloak_user_id = null where keycloak_user_id = ?1",
        subject);
    entityManager
        .createNativeQuery("delete from idempotency_keys where caller = ?1")
        .setParameter(1, subject)
        .executeUpdate();
    audit.anonymise(subject);
    // Notifications are about nobody else: they go with their recipient, queued mails first.
    for (String table :
        new String[] {"notification_mail", "notification", "notification_preference"}) {
      entityManager
          .createNativeQuery("delete from " + table + " where recipient = ?1")
          .setParameter(1, subject)
          .executeUpdate();
    }
  }

  private void forget(String sql, String subject) {
    entityManager.createNativeQuery(sql).setParameter(1, subject).executeUpdate();
  }

  private void update(String sql, String subject) {
    entityManager
        .createNativeQuery(sql)
        .setParameter(1, ERASED)
        .setParameter(2, subject)
        .executeUpdate();
  }
}
