package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PanelComposition;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.StakeholderCategory;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PanelMemberRepository implements PanacheRepositoryBase<PanelMember, UUID> {

  /**
   * The composition of each given panel, counting members who are still in it (periods that ended
   * are history); panels without members get the empty one.
   */
  Map<UUID, PanelComposition> compositions(Collection<UUID> panelIds) {
    Map<UUID, PanelComposition> result = new HashMap<>();
    if (panelIds.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select m.panelId, m.stakeholderCategory, count(m) from PanelMember m"
                    + " where m.panelId in :ids and m.leftAt is null group by m.panelId, m.stakeholderCategory",
                Object[].class)
            .setParameter("ids", panelIds)
            .getResultList();
    Map<UUID, Map<StakeholderCategory, Long>> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent((UUID) row[0], id -> new EnumMap<>(StakeholderCategory.class))
          .put((StakeholderCategory) row[1], (Long) row[2]);
    }
    for (UUID id : panelIds) {
      result.put(id, PanelComposition.of(counts.getOrDefault(id, Map.of())));
    }
    return result;
  }

  /** The member's period, if it belongs to the panel. */
  Optional<PanelMember> findInPanel(UUID panelId, UUID memberId) {
    return findByIdOptional(memberId).filter(member -> member.panelId().equals(panelId));
  }

  /** Who chairs the panel now; at most one (index {@code uq_panel_member_chair}). */
  Optional<PanelMember> activeChair(UUID panelId) {
    return find("panelId = ?1 and role = ?2 and leftAt is null", panelId, MemberRole.CHAIR)
        .firstResultOptional();
  }

  /** Every membership period, in any panel, of the person with this Keycloak account. */
  public Set<UUID> memberIdsOfAccount(UUID keycloakUserId) {
    return Set.copyOf(
        getEntityManager()
            .createQuery(
                "select m.id from PanelMember m where m.keycloakUserId = :user", UUID.class)
            .setParameter("user", keycloakUserId)
            .getResultList());
  }

  /** The periods with these ids, oldest first. */
  List<PanelMember> periods(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1 order by joinedAt", ids);
  }

  /** The panel's members still in it that are linked to this Keycloak account. */
  List<UUID> activeMemberIdsOfAccount(UUID panelId, UUID keycloakUserId) {
    return getEntityManager()
        .createQuery(
            "select m.id from PanelMember m where m.panelId = :panel and m.keycloakUserId = :user"
                + " and m.leftAt is null",
            UUID.class)
        .setParameter("panel", panelId)
        .setParameter("user", keycloakUserId)
        .getResultList();
  }
}
