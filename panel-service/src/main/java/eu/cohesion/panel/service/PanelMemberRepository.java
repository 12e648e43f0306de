package eu.cohesion.panel.service;

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
import java.util.UUID;

@ApplicationScoped
public class PanelMemberRepository implements PanacheRepositoryBase<PanelMember, UUID> {

  /** The composition of each given panel; panels without members get the empty one. */
  Map<UUID, PanelComposition> compositions(Collection<UUID> panelIds) {
    Map<UUID, PanelComposition> result = new HashMap<>();
    if (panelIds.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        getEntityManager()
            .createQuery(
                "select m.panelId, m.stakeholderCategory, count(m) from PanelMember m"
                    + " where m.panelId in :ids group by m.panelId, m.stakeholderCategory",
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
}
