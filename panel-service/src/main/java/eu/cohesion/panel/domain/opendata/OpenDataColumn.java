package eu.cohesion.panel.domain.opendata;

/**
 * One column of an open dataset: its stable name (CSV header, JSON key), its Table Schema type and
 * what it means.
 *
 * @param type a Table Schema type: {@code string}, {@code integer} or {@code boolean}
 * @param format the Table Schema format: {@code uuid} for ids, else {@code default}
 * @param required whether every row has a value (an empty cell / {@code null} otherwise)
 */
public record OpenDataColumn(
    String name, String type, String format, boolean required, String description) {}
