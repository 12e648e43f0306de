package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.KnownPanel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** The panels this service knows of, learnt from panel-events. */
@ApplicationScoped
public class PanelReadModel {

  private final KnownPanelRepository panels;

  PanelReadModel(KnownPanelRepository panels) {
    this.panels = panels;
  }

  /**
   * Records a created panel. MANDATORY: it must commit together with the consumed event's id. A
   * panel announced again (a replay under a new event id) keeps what was first seen.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void panelCreated(UUID panelId, String city, String name, Instant seenAt) {
    if (panels.findByIdOptional(panelId).isEmpty()) {
      panels.persist(new KnownPanel(panelId, city, name, seenAt));
    }
  }
}
