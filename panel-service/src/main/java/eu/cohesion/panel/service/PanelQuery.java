package eu.cohesion.panel.service;

/**
 * One page of the panel list.
 *
 * @param city only this town's panels, or every town's when {@code null}
 * @param page 0-based page index
 * @param size page size, at least 1
 */
public record PanelQuery(String city, int page, int size, PanelSort sort, boolean descending) {}
