package eu.cohesion.panel.service.sessions;

import eu.cohesion.panel.domain.PanelSession;
import eu.cohesion.panel.domain.Quorum;

/** A session with its quorum as the panel stands (null while attendance is not recorded). */
public record SessionWithQuorum(PanelSession session, Quorum quorum) {}
