package eu.cohesion.panel.service;

import eu.cohesion.kit.paging.PageRequest;

/**
 * One page of a panel's members.
 *
 * @param withHistory also the membership periods that ended (members who left)
 */
public record MemberQuery(PageRequest paging, boolean withHistory) {}
