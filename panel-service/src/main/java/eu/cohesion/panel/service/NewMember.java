package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.util.List;

/** What a caller asks for when adding a member to a panel. */
public record NewMember(
    String displayName,
    StakeholderCategory stakeholderCategory,
    String organisation,
    List<PopulationGroup> populationGroups,
    boolean consentRecorded) {}
