package eu.cohesion.panel.service;

import java.util.UUID;

/** Link a member to this Keycloak user, based on the member's version the caller last read. */
public record AccountLink(Long expectedVersion, UUID keycloakUserId) {}
