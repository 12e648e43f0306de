package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.CANCEL_SESSION;
import static eu.cohesion.panel.domain.PanelAction.CHANGE_SESSION;
import static eu.cohesion.panel.domain.PanelAction.HOLD_SESSION;
import static eu.cohesion.panel.domain.PanelAction.PLAN_SESSION;
import static eu.cohesion.panel.domain.PanelAction.RECORD_ATTENDANCE;
import static eu.cohesion.panel.domain.PanelAction.VIEW_SESSIONS;

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
import eu.cohesion.panel.domain.SessionStatus;
import eu.cohesion.panel.service.sessions.PanelSessions;
import eu.cohesion.panel.service.sessions.SessionQuery;
import eu.cohesion.panel.service.sessions.SessionWithQuorum;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

@Path("/panels/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Panel sessions", description = "Meetings of a panel: agenda, attendance, decisions")
@SecurityRequirement(name = "oauth2")
public class PanelSessionResource {

  private static final String SORT = "^(startsAt|updatedAt)" + Sorting.DIRECTION + "$";
  private static final String STATUS = "^(PLANNED|HELD|CANCELLED)$";

  private final PanelSessions sessions;
  private final CurrentActor actor;

  PanelSessionResource(PanelSessions sessions, CurrentActor actor) {
    this.sessions = sessions;
    this.actor = actor;
  }

  @GET
  @Permits(VIEW_SESSIONS)
  @Operation(
      operationId = "listPanelSessions",
      summary = "List a panel's sessions",
      description =
          "The town's panel members, its coordinators and network admins. Attendance as counts;"
              + " allowedActions holds PLAN_SESSION when the caller may plan one.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<SessionSummary, PanelAction>> list(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "startsAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("startsAt,desc")
          @Pattern(regexp = SORT, message = "must be startsAt or updatedAt[,asc|,desc]")
          String sort,
      @Parameter(
              description = "Only sessions in this state",
              schema = @Schema(implementation = SessionStatus.class))
          @QueryParam("status")
          @Pattern(regexp = STATUS, message = "must be PLANNED, HELD or CANCELLED")
          String status,
      @Context UriInfo uri) {
    Actor caller = actor.get();
    var page =
        sessions.list(
            caller,
            id,
            new SessionQuery(
                status == null ? null : SessionStatus.valueOf(status), paging.request(sort)));
    return Pages.ok(
        ItemPage.of(
            page, s -> SessionSummary.of(s, caller), PanelPermissions.TABLE, caller, PLAN_SESSION),
        uri);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(PLAN_SESSION)
  @Operation(
      operationId = "planPanelSession",
      summary = "Plan a session",
      description = "Starts as PLANNED. Needs a place, an online link (http or https) or both.")
  @APIResponse(
      responseCode = "201",
      description = "Planned; Location names the new session",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new session"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @APIResponse(responseCode = "422", description = "Neither place nor online link, or a bad link")
  @ProblemResponses({400, 401, 403, 404})
  public Response plan(
      @PathParam("id") UUID id, @Valid @NotNull SessionRequest body, @Context UriInfo uri) {
    SessionWithQuorum planned = sessions.plan(actor.get(), id, body.toDetails());
    return tagged(
        Response.created(
            uri.getAbsolutePathBuilder().path(planned.session().id().toString()).build()),
        planned);
  }

  @GET
  @Path("/{sessionId}")
  @Permits(VIEW_SESSIONS)
  @Operation(
      operationId = "getPanelSession",
      summary = "Get one session with attendance, decisions and minutes",
      description =
          "Attendance names members by id (look them up in listPanelMembers). Each view is"
              + " recorded in the panel's personal-data audit. ETag carries the version.")
  @APIResponse(
      responseCode = "200",
      description = "The session",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @ProblemResponses({401, 403, 404})
  public Response get(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
    return tagged(Response.ok(), sessions.get(actor.get(), id, sessionId));
  }

  @PUT
  @Path("/{sessionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CHANGE_SESSION)
  @Operation(
      operationId = "changePanelSession",
      summary = "Change a session's date, place, agenda, decisions and minutes",
      description = "Every field is replaced. Not once the session is cancelled.")
  @APIResponse(
      responseCode = "200",
      description = "The session after the change",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @APIResponse(responseCode = "422", description = "Cancelled, or no place nor online link")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response change(
      @PathParam("id") UUID id,
      @PathParam("sessionId") UUID sessionId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull SessionRequest body) {
    return tagged(
        Response.ok(),
        sessions.edit(actor.get(), id, sessionId, VersionTag.version(ifMatch), body.toDetails()));
  }

  @PUT
  @Path("/{sessionId}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(RECORD_ATTENDANCE)
  @Operation(
      operationId = "recordPanelSessionAttendance",
      summary = "Record who was present and who sent apologies",
      description =
          "Ids of the panel's active members; replaces the attendance recorded before. Only while"
              + " the session is PLANNED.")
  @APIResponse(
      responseCode = "200",
      description = "The session with its attendance and quorum",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @APIResponse(
      responseCode = "422",
      description = "Not planned, someone not an active member, or both present and excused")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response attendance(
      @PathParam("id") UUID id,
      @PathParam("sessionId") UUID sessionId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull AttendanceRequest body) {
    return tagged(
        Response.ok(),
        sessions.recordAttendance(
            actor.get(),
            id,
            sessionId,
            VersionTag.version(ifMatch),
            body.present(),
            body.apologies()));
  }

  @POST
  @Path("/{sessionId}/hold")
  @Permits(HOLD_SESSION)
  @Operation(
      operationId = "holdPanelSession",
      summary = "Mark a planned session as held",
      description =
          "Needs recorded attendance; fixes the quorum. Announces eu.cohesion.panel.session-held"
              + " on panel-events (ids, counts, quorum, decision initiative ids; no names).")
  @APIResponse(
      responseCode = "200",
      description = "The held session",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @APIResponse(responseCode = "422", description = "Not planned, or attendance not recorded")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response hold(
      @PathParam("id") UUID id,
      @PathParam("sessionId") UUID sessionId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(
        Response.ok(), sessions.hold(actor.get(), id, sessionId, VersionTag.version(ifMatch)));
  }

  @POST
  @Path("/{sessionId}/cancel")
  @Permits(CANCEL_SESSION)
  @Operation(operationId = "cancelPanelSession", summary = "Cancel a planned session")
  @APIResponse(
      responseCode = "200",
      description = "The cancelled session",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = SessionDetail.class)))
  @APIResponse(responseCode = "422", description = "Not planned")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response cancel(
      @PathParam("id") UUID id,
      @PathParam("sessionId") UUID sessionId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(
        Response.ok(), sessions.cancel(actor.get(), id, sessionId, VersionTag.version(ifMatch)));
  }

  private Response tagged(Response.ResponseBuilder response, SessionWithQuorum found) {
    return response
        .entity(SessionDetail.of(found, actor.get()))
        .tag(VersionTag.of(found.session().version()))
        .build();
  }
}
