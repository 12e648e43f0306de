package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.Panel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.changed}: the panel's public facts after an edit. The mandate's
 * texts are long and stay in panel-service (GET /panels/{id}).
 */
public record PanelChanged(
    UUID panelId, String city, String name, LocalDate termStart, LocalDate termEnd)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.changed";

  public static PanelChanged of(Panel panel) {
    return new PanelChanged(
        panel.id(), panel.cityCode(), panel.name(), panel.termStart(), panel.termEnd());
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
