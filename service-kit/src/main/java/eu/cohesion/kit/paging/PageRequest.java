package eu.cohesion.kit.paging;

import java.time.Instant;

/**
 * Which page of a list, in which order, of which items.
 *
 * @param page 0-based page index
 * @param size page size, at least 1
 * @param updatedSince only items changed at or after this instant, or {@code null} for all
 */
public record PageRequest(int page, int size, Sorting sorting, Instant updatedSince) {}
