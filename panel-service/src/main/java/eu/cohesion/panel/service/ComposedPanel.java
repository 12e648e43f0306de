package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;

/** A panel with the public aggregate of its members. */
public record ComposedPanel(Panel panel, PanelComposition composition) {}
