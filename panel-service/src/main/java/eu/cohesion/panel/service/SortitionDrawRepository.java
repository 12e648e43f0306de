package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.DrawStatus;
import eu.cohesion.panel.domain.SortitionDraw;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SortitionDrawRepository implements PanacheRepositoryBase<SortitionDraw, UUID> {

  boolean confirmedFor(UUID panelId, long poolVersion) {
    return count(
            "panelId = ?1 and poolVersion = ?2 and status = ?3",
            panelId,
            poolVersion,
            DrawStatus.CONFIRMED)
        > 0;
  }

  boolean runningFor(UUID panelId) {
    return count("panelId = ?1 and status = ?2", panelId, DrawStatus.RUNNING) > 0;
  }
}
