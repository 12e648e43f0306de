package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.Panel;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class PanelRepository implements PanacheRepositoryBase<Panel, UUID> {

  /** Same comparison as the unique index {@code uq_panel_city_name}. */
  boolean existsInCity(String cityCode, String name) {
    return count("cityCode = ?1 and lower(name) = lower(?2)", cityCode, name) > 0;
  }

  /** Marks the panel changed without an edit of its own (its version stays). */
  void touch(UUID id, Instant at) {
    update("updatedAt = ?1 where id = ?2", at, id);
  }
}
