package eu.cohesion.panel.service;

import eu.cohesion.kit.paging.PageRequest;

/** One page of a panel's members. */
public record MemberQuery(PageRequest paging) {}
