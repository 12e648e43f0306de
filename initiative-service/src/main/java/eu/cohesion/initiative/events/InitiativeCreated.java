package eu.cohesion.initiative.events;

import java.util.UUID;

/** Data of {@code eu.cohesion.initiative.created}: ids and public facts only. */
public record InitiativeCreated(UUID initiativeId, UUID panelId, String city, String title) {

  public static final String TYPE = "eu.cohesion.initiative.created";
}
