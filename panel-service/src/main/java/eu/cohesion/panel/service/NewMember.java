package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.PopulationGroup;
import eu.cohesion.panel.domain.StakeholderCategory;
import java.util.List;

/**
 * What a caller asks for when adding a member to a panel.
 *
 * @param consentTextVersion the consent text the member agreed to; null when they did not consent
 */
public record NewMember(
    String displayName,
    StakeholderCategory stakeholderCategory,
    MemberRole role,
    String organisation,
    List<PopulationGroup> populationGroups,
    String consentTextVersion) {}
