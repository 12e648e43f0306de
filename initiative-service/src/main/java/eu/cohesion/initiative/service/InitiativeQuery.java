package eu.cohesion.initiative.service;

import eu.cohesion.kit.paging.PageRequest;

/** One page of the initiative list: what it is narrowed to, which page, in which order. */
public record InitiativeQuery(InitiativeFilters filters, PageRequest paging) {}
