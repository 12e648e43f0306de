package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanelRepository implements PanacheRepositoryBase<Panel, UUID> {

  /** Same comparison as the unique index {@code uq_panel_city_name}. */
  boolean existsInCity(String cityCode, String name) {
    return count("cityCode = ?1 and lower(name) = lower(?2)", cityCode, name) > 0;
  }

  /** Whether another panel of the town has the name, as the unique index compares it. */
  boolean existsOtherInCity(String cityCode, String name, UUID exceptId) {
    return count("cityCode = ?1 and lower(name) = lower(?2) and id <> ?3", cityCode, name, exceptId)
        > 0;
  }

  /** Marks the panel changed without an edit of its own (its version stays). */
  void touch(UUID id, Instant at) {
    update("updatedAt = ?1 where id = ?2", at, id);
  }

  /** The town's ACTIVE panel; there is at most one (index {@code uq_panel_active_per_town}). */
  Optional<Panel> activeIn(String cityCode) {
    return find("cityCode = ?1 and status = ?2", cityCode, PanelStatus.ACTIVE)
        .firstResultOptional();
  }
}
