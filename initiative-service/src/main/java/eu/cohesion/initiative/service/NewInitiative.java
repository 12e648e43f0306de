package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeContent;
import java.util.UUID;

/** What a caller asks for when starting an initiative. */
public record NewInitiative(UUID panelId, InitiativeContent content) {

  /** Only a title and a summary in the default language. */
  public NewInitiative(UUID panelId, String title, String summary) {
    this(panelId, InitiativeContent.basic(title, summary));
  }
}
