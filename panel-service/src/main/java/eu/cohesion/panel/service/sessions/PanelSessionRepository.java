package eu.cohesion.panel.service.sessions;

import eu.cohesion.panel.domain.PanelSession;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PanelSessionRepository implements PanacheRepositoryBase<PanelSession, UUID> {

  /** Sessions whose attendance names any of the members (present or excused). */
  public List<PanelSession> attendedByAny(Collection<UUID> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        getEntityManager()
            .createNativeQuery(
                "select id from panel_session where present && cast(:ids as uuid[])"
                    + " or apologies && cast(:ids as uuid[])",
                UUID.class)
            .setParameter("ids", memberIds.toArray(UUID[]::new))
            .getResultList();
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  /** Sessions planned by the given token subject. */
  public List<PanelSession> plannedBy(String subject) {
    return list("createdBy", subject);
  }
}
