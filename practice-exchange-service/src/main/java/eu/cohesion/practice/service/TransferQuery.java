package eu.cohesion.practice.service;

import eu.cohesion.kit.paging.PageRequest;
import java.util.UUID;

/**
 * One page of transfers, of published practices only; each filter applies when given.
 *
 * @param practiceId the practice's transfers: where it travelled
 * @param city transfers the town takes part in, as the practice's town or the adopting one
 * @param initiativeId the transfers an initiative of the adopting town adapts
 */
public record TransferQuery(UUID practiceId, String city, UUID initiativeId, PageRequest paging) {}
