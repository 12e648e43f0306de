package eu.cohesion.kit.audit;

import java.time.Instant;
import java.util.List;

/** One administrative change: who (Keycloak id and roles), what (action, aggregate), when. */
public record AdminAuditEntry(
    long id,
    Instant at,
    String actor,
    List<String> actorRoles,
    String action,
    String resource,
    String aggregateId,
    String city,
    Long version) {}
