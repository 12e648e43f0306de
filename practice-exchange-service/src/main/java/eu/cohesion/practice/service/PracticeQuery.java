package eu.cohesion.practice.service;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.practice.domain.PracticeStatus;

/**
 * One page of the practice list.
 *
 * @param city only this town's practices; {@code null} for every town's published practices, or for
 *     drafts the caller's own town unless the caller may see every town's drafts
 * @param status published or draft practices
 */
public record PracticeQuery(String city, PracticeStatus status, PageRequest paging) {}
