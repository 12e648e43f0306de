package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.KnownPanelMember;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnownPanelMemberRepository implements PanacheRepositoryBase<KnownPanelMember, UUID> {

  List<KnownPanelMember> activeOf(UUID panelId) {
    return list("panelId = ?1 and active = true", panelId);
  }
}
