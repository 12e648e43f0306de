package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.MemberRole;
import eu.cohesion.panel.domain.StakeholderCategory;

/** A rewrite of a member's details, based on the version the caller last read. */
public record MemberEdit(
    Long expectedVersion,
    String displayName,
    StakeholderCategory stakeholderCategory,
    MemberRole role,
    String organisation) {}
