package eu.cohesion.panel.service.sessions;

import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.panel.domain.SessionStatus;

/**
 * One page of a panel's sessions.
 *
 * @param status only sessions in this state, or all when {@code null}
 */
public record SessionQuery(SessionStatus status, PageRequest paging) {}
