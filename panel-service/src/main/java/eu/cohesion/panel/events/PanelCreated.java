package eu.cohesion.panel.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.panel.domain.Panel;
import java.util.UUID;

/** Data of {@code eu.cohesion.panel.created}: ids and public facts only, no personal data. */
public record PanelCreated(UUID panelId, String city, String name) implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.panel.created";

  public static PanelCreated of(Panel panel) {
    return new PanelCreated(panel.id(), panel.cityCode(), panel.name());
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
