package eu.cohesion.panel.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.CandidatePools.PoolState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidatePool", description = "A panel's candidate pool and how it is drawn")
public record PoolView(
    UUID panelId,
    int seats,
    boolean onePerHousehold,
    List<String> addressColumns,
    List<QuotaBody> quotas,
    long candidateCount,
    @Schema(description = "The pool's version, also its ETag; draws name it") long version,
    Instant updatedAt,
    List<PanelAction> allowedActions) {

  static PoolView of(PoolState state, Actor actor) {
    var pool = state.pool();
    return new PoolView(
        pool.id(),
        pool.seats(),
        pool.onePerHousehold(),
        pool.addressColumns(),
        pool.quotas().stream().map(QuotaBody::of).toList(),
        state.candidates(),
        pool.version(),
        pool.updatedAt(),
        PanelPermissions.TABLE.allowedFor(
            actor,
            pool.cityCode(),
            PanelAction.MANAGE_POOL,
            PanelAction.IMPORT_POOL,
            PanelAction.RUN_DRAW,
            PanelAction.CONFIRM_DRAW));
  }
}
