package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.VIEW_ADMIN_AUDIT;

import eu.cohesion.kit.audit.AdminAuditEntry;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.PageRequest;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.audit.AdministrativeChanges;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/admin-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "oauth2")
public class AdminAuditResource {

  private static final String ID = "^[A-Za-z0-9._:-]{1,255}$";

  private final AdministrativeChanges changes;
  private final CurrentActor actor;

  AdminAuditResource(AdministrativeChanges changes, CurrentActor actor) {
    this.changes = changes;
    this.actor = actor;
  }

  @Schema(name = "AdminAuditEntry", description = "One administrative change: who, what, when")
  public record AdminAuditView(
      long id,
      @Schema(description = "ISO-8601 UTC, when the change committed") Instant at,
      @Schema(description = "Token subject of who changed it; 'erased' once they were erased")
          String actorId,
      @Schema(description = "The actor's Cohesion roles at the time") List<String> actorRoles,
      @Schema(description = "The permission-table action, e.g. EDIT_CITY, EDIT_BALANCE_RULES")
          String action,
      @Schema(description = "What was changed, e.g. town, panel, balance-rules") String resource,
      @Schema(description = "The changed aggregate's id") String aggregateId,
      @Schema(description = "The aggregate's town; absent for network-wide rules") String city,
      @Schema(description = "The aggregate's version after the change") Long version) {

    static AdminAuditView of(AdminAuditEntry e) {
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

  @GET
  @Permits(VIEW_ADMIN_AUDIT)
  @Operation(
      operationId = "listAdminAudit",
      summary = "Who changed what: the audit of administrative changes",
      description =
          "Network admins only; newest first. Every change the service applied for a signed-in"
              + " caller (town profiles, balance rules, panels, members, sessions, pools, draws)"
              + " is recorded in the change's own transaction. Rows hold ids only.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<AdminAuditView, PanelAction>> list(
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "Only changes of this aggregate (its id)")
          @QueryParam("aggregateId")
          @Size(max = 255)
          @Pattern(regexp = ID, message = "must be an id")
          String aggregateId,
      @Parameter(description = "Only changes by this token subject")
          @QueryParam("actorId")
          @Size(max = 255)
          @Pattern(regexp = ID, message = "must be an id")
          String actorId,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    PageRequest page = paging.request("at,desc");
    return Pages.ok(
        ItemPage.of(
            changes.list(caller, aggregateId, actorId, page.page(), page.size()),
            AdminAuditView::of,
            PanelPermissions.TABLE,
            caller,
            PanelAction.VIEW_ADMIN_AUDIT),
        uri);
  }
}
