package eu.cohesion.panel.service;

/**
 * One page of a panel's members.
 *
 * @param page 0-based page index
 * @param size page size, at least 1
 */
public record MemberQuery(int page, int size, MemberSort sort, boolean descending) {}
