package eu.cohesion.initiative.events;

import java.util.UUID;

/** Data of {@code eu.cohesion.panel.created} as panel-service publishes it on panel-events. */
public record PanelCreated(UUID panelId, String city, String name) {

  public static final String TYPE = "eu.cohesion.panel.created";
}
