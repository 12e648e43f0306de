package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.created} as panel-service publishes it on panel-events. The
 * constraints are what the read model needs; an event without them is dead-lettered.
 */
public record PanelCreated(@NotNull UUID panelId, @NotBlank String city, @NotBlank String name) {

  public static final String TYPE = "eu.cohesion.panel.created";
}
