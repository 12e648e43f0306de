package eu.cohesion.panel;

import eu.cohesion.panel.service.MembersChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every MembersChanged fired, so that tests see which changes reach the balance. */
@ApplicationScoped
public class MembersChangedProbe {

  private final List<UUID> panels = new CopyOnWriteArrayList<>();

  void observe(@Observes MembersChanged changed) {
    panels.add(changed.panelId());
  }

  public long firedFor(UUID panelId) {
    return panels.stream().filter(panelId::equals).count();
  }
}
