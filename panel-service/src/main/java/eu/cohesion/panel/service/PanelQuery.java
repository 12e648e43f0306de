package eu.cohesion.panel.service;

import eu.cohesion.kit.paging.PageRequest;

/**
 * One page of the panel list.
 *
 * @param city only this town's panels, or every town's when {@code null}
 */
public record PanelQuery(String city, PageRequest paging) {}
