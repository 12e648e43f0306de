package eu.cohesion.kit.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An {@link AdminAuditEntry} as every service's {@code GET /admin-audit} answers it. */
@Schema(name = "AdminAuditEntry", description = "One administrative change: who, what, when")
public record AdminAuditView(
    long id,
    @Schema(description = "ISO-8601 UTC, when the change committed") Instant at,
    @Schema(description = "Token subject of who changed it; 'erased' once they were erased")
        String actorId,
    @Schema(description = "The actor's Cohesion roles at the time") List<String> actorRoles,
    @Schema(description = "The permission-table action, e.g. EDIT_CITY, CHANGE_STATUS")
        String action,
    @Schema(description = "What was changed, e.g. town, panel, initiative") String resource,
    @Schema(description = "The changed aggregate's id") String aggregateId,
    @Schema(description = "The aggregate's town; absent for network-wide things") String city,
    @Schema(description = "The aggregate's version after the change") Long version) {

  public static AdminAuditView of(AdminAuditEntry e) {
    return new AdminAuditView(
        e.id(),
        e.at(),
        e.actor(),
        e.actorRoles(),
        e.action(),
        e.resource(),
        e.aggregateId(),
        e.city(),
        e.version());
  }
}
