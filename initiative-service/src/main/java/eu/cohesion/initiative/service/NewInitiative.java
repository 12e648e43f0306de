package eu.cohesion.initiative.service;

import java.util.UUID;

/** What a caller asks for when starting an initiative. */
public record NewInitiative(UUID panelId, String title, String summary) {}
