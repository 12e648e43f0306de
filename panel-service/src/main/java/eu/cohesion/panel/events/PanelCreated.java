package eu.cohesion.panel.events;

import java.util.UUID;

/** Data of {@code eu.cohesion.panel.created}: ids and public facts only, no personal data. */
public record PanelCreated(UUID panelId, String city, String name) {

  public static final String TYPE = "eu.cohesion.panel.created";
}
