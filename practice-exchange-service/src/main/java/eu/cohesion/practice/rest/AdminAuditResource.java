package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_ADMIN_AUDIT;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.audit.AdminAuditFilter;
import eu.cohesion.kit.audit.AdminAuditView;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/admin-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "oauth2")
public class AdminAuditResource {

  private final AdminAudit audit;
  private final CurrentActor actor;

  AdminAuditResource(AdminAudit audit, CurrentActor actor) {
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_ADMIN_AUDIT)
  @Operation(
      operationId = "listAdminAudit",
      summary = "Who changed what: the audit of administrative changes",
      description =
          "Network admins only; newest first. Every change the service applied for a signed-in"
              + " caller (practices and their lifecycle, translations and validation, transfers,"
              + " findings, recommendations and endorsements, moderation, webhook subscriptions)"
              + " is recorded in the change's own transaction. Rows hold ids only.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<AdminAuditView, PracticeAction>> list(
      @Valid @BeanParam PageParams paging,
      @Valid @BeanParam AdminAuditFilter filter,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            audit.pageFor(
                caller,
                PracticePermissions.TABLE,
                VIEW_ADMIN_AUDIT,
                filter,
                paging.request("at,desc")),
            AdminAuditView::of,
            PracticePermissions.TABLE,
            caller,
            VIEW_ADMIN_AUDIT),
        uri);
  }
}
