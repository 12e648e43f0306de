package eu.cohesion.panel.service.balance;

import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.balance.PanelBalance;
import eu.cohesion.panel.domain.balance.Seat;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PanelBalanceRepository implements PanacheRepositoryBase<PanelBalance, UUID> {

  /**
   * The panel's active seats as the balance sees them: members who have not left (the same members
   * the public composition counts). Population groups count only with recorded consent, so the
   * balance never uses groups a member did not agree to have recorded.
   */
  List<Seat> seats(UUID panelId) {
    return getEntityManager()
        .createQuery(
            "from PanelMember m where m.panelId = :panelId and m.leftAt is null", PanelMember.class)
        .setParameter("panelId", panelId)
        .getResultStream()
        .map(
            member ->
                new Seat(
                    member.stakeholderCategory().pillar(),
                    member.consentRecordedAt() == null
                        ? Set.<PopulationGroup>of()
                        : member.populationGroups()))
        .toList();
  }

  /** The stored score of each given panel that has been assessed. */
  public Map<UUID, Integer> scores(Collection<UUID> panelIds) {
    Map<UUID, Integer> scores = new HashMap<>();
    if (!panelIds.isEmpty()) {
      list("panelId in ?1", panelIds).forEach(b -> scores.put(b.panelId(), b.score()));
    }
    return scores;
  }
}
