package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.EDIT_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.RECORD_CONSENT;
import static eu.cohesion.panel.domain.PanelAction.REMOVE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POPULATION_GROUPS;
import static eu.cohesion.panel.domain.PanelAction.WITHDRAW_CONSENT;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.service.MemberInPanel;
import eu.cohesion.panel.service.MemberQuery;
import eu.cohesion.panel.service.PanelMembership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
              + " of GET /panels/{id}. Those still in the panel, with history=true also the"
              + " periods that ended. Population groups only for coordinators and admins.")
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
      @Parameter(description = "Also the members who left (the panel's history)")
          @QueryParam("history")
          @DefaultValue("false")
          boolean history,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    var members = membership.list(caller, id, new MemberQuery(paging.request(sort), history));
    return Pages.ok(
        ItemPage.of(
            members,
            member -> MemberView.of(member, members.town(), caller),
            PanelPermissions.TABLE,
            caller,
            ADD_MEMBER,
            VIEW_POPULATION_GROUPS),
        uri);
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
  @APIResponse(
      responseCode = "422",
      description =
          "Population groups without recorded consent, consent to an outdated text, a second"
              + " chair, or a CLOSED panel")
  @ProblemResponses({400, 401, 403, 404})
  public Response add(@PathParam("id") UUID id, @Valid @NotNull AddMemberRequest body) {
    Actor caller = actor.get();
    MemberInPanel added = membership.add(caller, id, body.toCommand());
    return Response.status(Response.Status.CREATED)
        .entity(MemberView.of(added.member(), added.cityCode(), caller))
        .tag(VersionTag.of(added.version()))
        .build();
  }

  @GET
  @Path("/{memberId}")
  @Permits(VIEW_MEMBERS)
  @Operation(
      operationId = "getPanelMember",
      summary = "Get one membership period",
      description = "ETag carries the version to send back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The member",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
    return tagged(membership.get(actor.get(), id, memberId));
  }

  @PUT
  @Path("/{memberId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_MEMBER)
  @Operation(
      operationId = "editPanelMember",
      summary = "Rewrite a member's name, category, role and organisation",
      description =
          "Not after the member left. Announces eu.cohesion.panel.member-changed (ids, category"
              + " and role only).")
  @APIResponse(
      responseCode = "200",
      description = "The member after the edit",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(responseCode = "422", description = "The member has left, or a second chair")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response edit(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag the edit is based on", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull EditMemberRequest body) {
    return tagged(
        membership.edit(actor.get(), id, memberId, body.toCommand(VersionTag.version(ifMatch))));
  }

  @POST
  @Path("/{memberId}/leave")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(REMOVE_MEMBER)
  @Operation(
      operationId = "recordPanelMemberLeave",
      summary = "End a membership period",
      description =
          "The member no longer counts in the composition; the period stays in the history."
              + " Announces eu.cohesion.panel.member-left.")
  @APIResponse(
      responseCode = "200",
      description = "The member after leaving",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(responseCode = "422", description = "The member has left already")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response leave(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull LeaveRequest body) {
    return tagged(
        membership.leave(actor.get(), id, memberId, VersionTag.version(ifMatch), body.reason()));
  }

  @PUT
  @Path("/{memberId}/consent")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(RECORD_CONSENT)
  @Operation(
      operationId = "recordPanelMemberConsent",
      summary = "Record a member's consent and the population groups they declare",
      description =
          "Consent to the current consent text only; replaces the groups recorded before."
              + " Announces eu.cohesion.panel.member-changed (without the groups).")
  @APIResponse(
      responseCode = "200",
      description = "The member with the consent",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "422",
      description = "Consent to an outdated consent text, or the member has left")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response recordConsent(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ConsentRequest body) {
    return tagged(
        membership.recordConsent(
            actor.get(), id, memberId, body.toCommand(VersionTag.version(ifMatch))));
  }

  @DELETE
  @Path("/{memberId}/consent")
  @Permits(WITHDRAW_CONSENT)
  @Operation(
      operationId = "withdrawPanelMemberConsent",
      summary = "Withdraw a member's consent",
      description =
          "At any time, also after the member left: the population groups are deleted with it."
              + " Announces eu.cohesion.panel.member-changed when there was a consent.")
  @APIResponse(
      responseCode = "200",
      description = "The member without consent",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response withdrawConsent(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(
        membership.withdrawConsent(actor.get(), id, memberId, VersionTag.version(ifMatch)));
  }

  private Response tagged(MemberInPanel member) {
    return Response.ok(MemberView.of(member.member(), member.cityCode(), actor.get()))
        .tag(VersionTag.of(member.version()))
        .build();
  }
}
