package eu.cohesion.panel.service;

/** What a caller asks for when creating a panel. */
public record NewPanel(String city, String name, String description) {}
