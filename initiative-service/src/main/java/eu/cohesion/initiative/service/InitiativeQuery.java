package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeStatus;
import eu.cohesion.kit.paging.PageRequest;
import java.util.UUID;

/**
 * One page of the initiative list.
 *
 * @param city only this town's initiatives; {@code null} means the caller's own town, or every town
 *     for a caller who may read them all
 * @param panelId only this panel's initiatives, or {@code null}
 * @param status only initiatives in this state, or {@code null}
 */
public record InitiativeQuery(
    String city, UUID panelId, InitiativeStatus status, PageRequest paging) {}
