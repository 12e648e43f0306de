package eu.cohesion.panel.service.sessions;

import eu.cohesion.panel.domain.PanelMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The members of a panel who count for its sessions: attendance may name only them, and the quorum
 * is a share of them. The one place that decides it, so that the members' own lifecycle (leaving)
 * narrows it here once.
 */
@ApplicationScoped
public class ActiveMembers {

  private final EntityManager entityManager;

  ActiveMembers(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The members still on the panel (no {@code leftAt}). Not narrowed to those who had joined by the
   * session's date: a member's {@code joinedAt} is when a coordinator entered them, which for
   * panels formed before the platform is long after they first sat.
   */
  public Set<UUID> of(UUID panelId) {
    return new HashSet<>(
        entityManager
            .createQuery(
                "select m.id from "
                    + PanelMember.class.getSimpleName()
                    + " m"
                    + " where m.panelId = :panel and m.leftAt is null",
                UUID.class)
            .setParameter("panel", panelId)
            .getResultList());
  }
}
