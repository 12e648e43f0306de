package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.InitiativeContent;

/**
 * A rewrite of an initiative's whole content.
 *
 * @param expectedVersion the version the caller last read (If-Match), {@code null} if not sent
 */
public record ContentEdit(Long expectedVersion, InitiativeContent content) {}
