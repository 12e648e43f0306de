package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelStatus;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code eu.cohesion.panel.status-changed}, sent on every lifecycle step. */
public record PanelStatusChanged(
    UUID panelId, String city, PanelStatus from, PanelStatus to, Instant changedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.status-changed";

  public static PanelStatusChanged of(Panel panel, PanelStatus from) {
    return new PanelStatusChanged(
        panel.id(), panel.cityCode(), from, panel.status(), panel.statusChangedAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return panelId;
  }
}
