package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_OWN_NOTIFICATIONS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_OWN_NOTIFICATIONS;

import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.service.NotificationInbox;
import eu.cohesion.initiative.service.NotificationPreferenceStore;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.IsoInstant;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The signed-in person's notifications and notification preferences. Marking read is an idempotent
 * PUT of a state (no lost update is possible); preferences carry a version for If-Match.
 */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's own notifications and e-mail preferences")
@SecurityRequirement(name = "oauth2")
public class NotificationResource {

  private final NotificationInbox inbox;
  private final CurrentActor actor;

  NotificationResource(NotificationInbox inbox, CurrentActor actor) {
    this.inbox = inbox;
    this.actor = actor;
  }

  @GET
  @Path("/notifications")
  @Permits(VIEW_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "listMyNotifications",
      summary = "List my notifications",
      description = "Unread first, then newest first. Only the caller's own.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<NotificationView, InitiativeAction>> list(
      @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
    Actor caller = actor.get();
    var request = paging.request("createdAt,desc");
    return Pages.ok(
        ItemPage.of(
            inbox.list(caller, request.page(), request.size()),
            NotificationView::of,
            InitiativePermissions.TABLE,
            caller,
            CHANGE_OWN_NOTIFICATIONS),
        uri);
  }

  @GET
  @Path("/notifications/unread-count")
  @Permits(VIEW_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "countMyUnreadNotifications",
      summary = "How many of my notifications are unread",
      description = "What the bell shows; cheap enough to poll every minute.")
  @ProblemResponses({401, 403})
  public UnreadCount unread() {
    return new UnreadCount(inbox.unread(actor.get()));
  }

  @PUT
  @Path("/notifications/{id}/read")
  @Permits(CHANGE_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "markMyNotificationRead",
      summary = "Mark one of my notifications read",
      description =
          "Idempotent: again changes nothing and keeps the first reading time. Someone else's"
              + " notification is 404.")
  @ProblemResponses({400, 401, 403, 404})
  public NotificationView markRead(@PathParam("id") UUID id) {
    return NotificationView.of(inbox.markRead(actor.get(), id));
  }

  @PUT
  @Path("/notifications/read")
  @Permits(CHANGE_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "markAllMyNotificationsRead",
      summary = "Mark all my notifications read",
      description =
          "Those that arrived up to upTo (the newest the caller has seen; default now), so that one"
              + " arriving meanwhile stays unread. Idempotent.")
  @ProblemResponses({400, 401, 403})
  public MarkedRead markAllRead(
      @Parameter(
              description = "Only notifications created at or before this instant",
              example = "2026-12-02T05:00:00Z",
              schema = @Schema(type = SchemaType.STRING, format = "date-time"))
          @QueryParam("upTo")
          @Size(max = 40)
          @IsoInstant
          String upTo) {
    Actor caller = actor.get();
    int marked = inbox.markAllRead(caller, upTo == null ? null : Instant.parse(upTo));
    return new MarkedRead(marked, inbox.unread(caller));
  }

  @GET
  @Path("/notification-preferences")
  @Permits(VIEW_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "getMyNotificationPreferences",
      summary = "My notification preferences",
      description = "Defaults (e-mail on, no digest) at version 0 until first saved.")
  @APIResponse(
      responseCode = "200",
      description = "The preferences",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\""),
      content = @Content(schema = @Schema(implementation = NotificationPreferencesView.class)))
  @ProblemResponses({401, 403})
  public Response preferences() {
    return tagged(inbox.preferences(actor.get()));
  }

  @PUT
  @Path("/notification-preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(CHANGE_OWN_NOTIFICATIONS)
  @Operation(
      operationId = "changeMyNotificationPreferences",
      summary = "Change my notification preferences",
      description = "If-Match with the ETag last read (\"0\" for the defaults).")
  @APIResponse(
      responseCode = "200",
      description = "The preferences as saved",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = NotificationPreferencesView.class)))
  @ProblemResponses({400, 401, 403, 412, 428})
  public Response changePreferences(
      @Parameter(required = true, description = "The ETag last read", example = "\"0\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull NotificationPreferencesView body) {
    return tagged(
        inbox.changePreferences(actor.get(), VersionTag.version(ifMatch), body.toPreferences()));
  }

  private static Response tagged(NotificationPreferenceStore.Versioned preferences) {
    return Response.ok(NotificationPreferencesView.of(preferences.preferences()))
        .tag(VersionTag.of(preferences.version()))
        .build();
  }
}
