package eu.cohesion.panel.rest;

import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.ProblemDetail;
import eu.cohesion.kit.rest.Problems;
import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.service.MemberQuery;
import eu.cohesion.panel.service.MemberSort;
import eu.cohesion.panel.service.PanelMembership;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/panels/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panel members", description = "Members of a panel, with their personal data")
public class PanelMemberResource {

  private final PanelMembership membership;
  private final CurrentActor actor;

  PanelMemberResource(PanelMembership membership, CurrentActor actor) {
    this.membership = membership;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({"panel-member", "city-coordinator", "network-admin"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "List a panel's members",
      description =
          "Personal data: panel-members and city-coordinators of the panel's town (token claim"
              + " city) and network-admins only; never the public nor integration clients, who"
              + " see the composition of GET /panels/{id}. Paged and sorted.")
  @APIResponse(
      responseCode = "200",
      description = "One page of members",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberPage.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid paging or sort",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not of this panel's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No panel with this id, or the id is not a UUID",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public MemberPage list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(
              name = "sort",
              in = ParameterIn.QUERY,
              description = "joinedAt or displayName, optionally followed by ,asc or ,desc",
              example = "displayName,asc")
          @QueryParam("sort")
          @DefaultValue("joinedAt")
          @Pattern(
              regexp = "(joinedAt|displayName)(,(asc|desc))?",
              message = "must be joinedAt or displayName, optionally followed by ,asc or ,desc")
          String sort) {
    String[] order = sort.split(",");
    MemberQuery query =
        new MemberQuery(
            paging.page(),
            paging.size(),
            MemberSort.ofProperty(order[0]).orElseThrow(),
            order.length > 1 && order[1].equals("desc"));
    return MemberPage.of(membership.list(actor.get(), id, query));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({"city-coordinator", "network-admin"})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Add a member to a panel",
      description =
          "A city-coordinator for its own town's panels (token claim city), a network-admin for"
              + " any panel. Population groups only with consentRecorded. Announces"
              + " eu.cohesion.panel.member-joined on panel-events, without personal data.")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid or unreadable body",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "401",
      description = "No valid bearer token",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "403",
      description = "Not a coordinator of this panel's town nor a network admin",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "404",
      description = "No panel with this id, or the id is not a UUID",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Population groups without recorded consent (consent-required)",
      content =
          @Content(
              mediaType = Problems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public Response add(@PathParam("id") UUID id, @Valid @NotNull AddMemberRequest body) {
    PanelMember member = membership.add(actor.get(), id, body.toCommand());
    return Response.status(Response.Status.CREATED).entity(MemberView.of(member)).build();
  }
}
