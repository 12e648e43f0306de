package eu.cohesion.practice.service.finding;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.practice.domain.finding.PublicationStatus;

/**
 * A list of findings or recommendations.
 *
 * @param city only those proposed by this town; {@code null}: every town's and the network's
 */
public record PublicationQuery(String city, PublicationStatus status, PageRequest paging) {}
