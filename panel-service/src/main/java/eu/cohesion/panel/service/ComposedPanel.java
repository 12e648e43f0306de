package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.Panel;
import eu.cohesion.panel.domain.PanelComposition;

/**
 * A panel with the public aggregate of its members and its balance score ({@code null} until its
 * first assessment, which the first change of its members makes).
 */
public record ComposedPanel(Panel panel, PanelComposition composition, Integer balanceScore) {}
