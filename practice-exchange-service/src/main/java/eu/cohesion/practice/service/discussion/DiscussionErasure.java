package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.DiscussionPost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Forgets a person erased in panel-service (GDPR Art. 17) in the discussion: their questions,
 * comments and replies stay where they are (others' replies and marked answers depend on them) with
 * "erased" as author and no town; their reports and moderation steps keep counting, as "erased";
 * their idempotency records go. See docs/personal-data.md.
 */
@ApplicationScoped
public class DiscussionErasure {

  private final EntityManager entityManager;

  DiscussionErasure(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * MANDATORY: commits with the consumed event's id. Native updates: authorship is not updatable
   * through the entities, on purpose. Repeating it finds nothing left to change.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void erase(UUID keycloakUserId) {
    String subject = keycloakUserId.toString();
    update(
        "update discussion_post set author_id = ?1, author_city = null where author_id = ?2",
        subject);
    update("update post_report set reported_by = ?1 where reported_by = ?2", subject);
    update("update post_moderation set moderated_by = ?1 where moderated_by = ?2", subject);
    entityManager
        .createNativeQuery("delete from idempotency_keys where caller = ?1")
        .setParameter(1, subject)
        .executeUpdate();
  }

  private void update(String sql, String subject) {
    entityManager
        .createNativeQuery(sql)
        .setParameter(1, DiscussionPost.ERASED)
        .setParameter(2, subject)
        .executeUpdate();
  }
}
