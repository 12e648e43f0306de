package eu.cohesion.kit.audit;

import java.time.Instant;

/** One change a person made, as their personal-data export lists it (the audit's own facts). */
public record AdministrativeChange(
    Instant at, String action, String resource, String aggregateId) {}
