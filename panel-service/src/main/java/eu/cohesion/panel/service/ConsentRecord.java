package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PopulationGroup;
import java.util.List;

/** A member's consent to a consent text and the groups they declare with it. */
public record ConsentRecord(
    Long expectedVersion, List<PopulationGroup> populationGroups, String consentTextVersion) {}
