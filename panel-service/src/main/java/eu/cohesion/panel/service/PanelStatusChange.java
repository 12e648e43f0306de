package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PanelStatus;

/** A lifecycle step asked for, based on the version the caller last read. */
public record PanelStatusChange(Long expectedVersion, PanelStatus to) {}
