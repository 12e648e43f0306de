package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Conclusion;
import eu.cohesion.initiative.domain.InitiativeStatus;

/**
 * One lifecycle step a caller asks for.
 *
 * @param expectedVersion the version the caller last read (If-Match), {@code null} if not sent
 * @param conclusion given exactly when {@code to} is CONCLUDED
 */
public record StatusChange(
    Long expectedVersion, InitiativeStatus to, String reason, Conclusion conclusion) {}
