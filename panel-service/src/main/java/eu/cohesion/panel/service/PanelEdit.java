package eu.cohesion.panel.service;

import java.time.LocalDate;
import java.util.Map;

/** A rewrite of a panel's texts and term, based on the version the caller last read. */
public record PanelEdit(
    Long expectedVersion,
    String name,
    String description,
    Map<String, String> mandate,
    LocalDate termStart,
    LocalDate termEnd) {}
