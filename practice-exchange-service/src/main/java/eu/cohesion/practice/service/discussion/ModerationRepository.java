package eu.cohesion.practice.service.discussion;

import eu.cohesion.practice.domain.discussion.ModerationRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ModerationRepository implements PanacheRepositoryBase<ModerationRecord, UUID> {

  /** The audit of one post, oldest first. */
  public List<ModerationRecord> of(UUID postId) {
    return list("postId = ?1 order by moderatedAt, id", postId);
  }
}
