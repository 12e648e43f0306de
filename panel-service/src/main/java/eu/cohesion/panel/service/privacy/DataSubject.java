package eu.cohesion.panel.service.privacy;

import java.util.Set;
import java.util.UUID;

/**
 * The person a data-rights request is about: the Keycloak user (null when the person has no login)
 * and the panel-member records that are theirs (in any panel, past or present).
 */
public record DataSubject(UUID keycloakUserId, Set<UUID> memberIds) {}
