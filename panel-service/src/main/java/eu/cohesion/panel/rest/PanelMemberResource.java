package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.MemberQuery;
import eu.cohesion.panel.service.PanelMembership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/panels/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panel members", description = "Members of a panel, with their personal data")
@SecurityRequirement(name = "oauth2")
public class PanelMemberResource {

  private static final String SORT = "^(joinedAt|displayName|updatedAt)" + Sorting.DIRECTION + "$";

  private final PanelMembership membership;
  private final CurrentActor actor;

  PanelMemberResource(PanelMembership membership, CurrentActor actor) {
    this.membership = membership;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_MEMBERS)
  @Operation(
      operationId = "listPanelMembers",
      summary = "List a panel's members",
      description =
          "Personal data: never for the public nor integration clients, who see the composition"
              + " of GET /panels/{id}.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<MemberView, PanelAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "joinedAt, displayName or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("joinedAt")
          @Pattern(
              regexp = SORT,
              message = "must be joinedAt, displayName or updatedAt[,asc|,desc]")
          String sort,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    var members = membership.list(caller, id, new MemberQuery(paging.request(sort)));
    return Pages.ok(
        ItemPage.of(members, MemberView::of, PanelPermissions.TABLE, caller, ADD_MEMBER), uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ADD_MEMBER)
  @Operation(
      operationId = "addPanelMember",
      summary = "Add a member to a panel",
      description =
          "Population groups only with consentRecorded. Announces eu.cohesion.panel.member-joined"
              + " on panel-events, without personal data.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(responseCode = "422", description = "Population groups without recorded consent")
  @ProblemResponses({400, 401, 403, 404})
  public Response add(@PathParam("id") UUID id, @Valid @NotNull AddMemberRequest body) {
    PanelMember member = membership.add(actor.get(), id, body.toCommand());
    return Response.status(Response.Status.CREATED).entity(MemberView.of(member)).build();
  }
}
