package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.VIEW_PERSONAL_DATA_AUDIT;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PersonalDataAuditEntry;
import eu.cohesion.panel.service.privacy.PersonalDataAudit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/panels/{id}/personal-data-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
@SecurityRequirement(name = "oauth2")
public class PersonalDataAuditResource {

  private static final String SORT = "^(at)" + Sorting.DIRECTION + "$";

  private final PersonalDataAudit audit;
  private final CurrentActor actor;

  PersonalDataAuditResource(PersonalDataAudit audit, CurrentActor actor) {
    this.audit = audit;
    this.actor = actor;
  }

  @Schema(name = "PersonalDataAuditEntry", description = "One view or change of personal data")
  public record AuditEntryView(
      long id,
      @Schema(description = "ISO-8601 UTC") Instant at,
      @Schema(description = "Token subject of who did it; 'erased' once they were erased")
          String actorId,
      @Schema(enumeration = {"VIEWED", "CHANGED"}) String access,
      @Schema(description = "Kind of record, e.g. panel-member") String subjectKind,
      @Schema(description = "Id of the record (the member id for panel-member)") UUID subjectId,
      @Schema(description = "What happened, e.g. listed, joined, erased") String what) {

    static AuditEntryView of(PersonalDataAuditEntry e) {
      return new AuditEntryView(
          e.id(), e.at(), e.actorId(), e.access(), e.subjectKind(), e.subjectId(), e.what());
    }
  }

  @GET
  @Permits(VIEW_PERSONAL_DATA_AUDIT)
  @Operation(
      operationId = "listPersonalDataAudit",
      summary = "Who viewed or changed personal data of a panel's members",
      description =
          "The town's coordinators and network admins; newest first. updatedSince filters on the"
              + " time the row was recorded. Rows hold ids only.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<AuditEntryView, PanelAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "at, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("at,desc")
          @Pattern(regexp = SORT, message = "must be at[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            audit.list(caller, id, paging.request(sort)),
            AuditEntryView::of,
            PanelPermissions.TABLE,
            caller,
            PanelAction.ERASE_MEMBER),
        uri);
  }
}
