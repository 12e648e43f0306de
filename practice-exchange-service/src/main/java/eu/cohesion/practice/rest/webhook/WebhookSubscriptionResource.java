package eu.cohesion.practice.rest.webhook;

import static eu.cohesion.practice.domain.PracticeAction.MANAGE_WEBHOOKS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_WEBHOOKS;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.paging.Sorting;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.webhook.WebhookSubscription;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.webhook.WebhookSubscriptions;
import eu.cohesion.practice.service.webhook.WebhookSubscriptions.WithSecret;
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

/**
 * Webhook subscriptions of integration clients (docs/webhooks.md): each client manages its own; the
 * network admin sees and manages all.
 */
@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "oauth2")
@Tag(name = "Webhooks", description = "Public events POSTed to integrators as signed CloudEvents")
public class WebhookSubscriptionResource {

  static final String SORT = "^(createdAt|updatedAt)" + Sorting.DIRECTION + "$";
  static final String SORT_MESSAGE = "must be createdAt or updatedAt[,asc|,desc]";

  private final WebhookSubscriptions subscriptions;
  private final CurrentActor actor;

  WebhookSubscriptionResource(WebhookSubscriptions subscriptions, CurrentActor actor) {
    this.subscriptions = subscriptions;
    this.actor = actor;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_WEBHOOKS)
  @Operation(
      operationId = "createWebhookSubscription",
      summary = "Subscribe to public events",
      description =
          "An integration client (integration-reader) or the network admin. Answers the secret"
              + " once: every delivery is signed with it (webhook-signature).")
  @APIResponse(
      responseCode = "201",
      description = "Subscribed, ACTIVE",
      headers = {
        @Header(name = HttpHeaders.LOCATION, description = "URL of the new subscription"),
        @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"0\"")
      },
      content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The URL is not an allowed target or an event type is not public")
  @ProblemResponses({400, 401, 403})
  public Response create(@Valid @NotNull WebhookSubscriptionRequest body, @Context UriInfo uri) {
    WithSecret created = subscriptions.create(actor.get(), body.url(), body.eventTypes());
    return Response.created(
            uri.getBaseUriBuilder()
                .path("webhook-subscriptions")
                .path(created.subscription().id().toString())
                .build())
        .entity(WebhookSecretView.of(created))
        .tag(VersionTag.of(created.subscription().version()))
        .build();
  }

  @GET
  @Permits(VIEW_WEBHOOKS)
  @Operation(
      operationId = "listWebhookSubscriptions",
      summary = "List the caller's webhook subscriptions",
      description = "An integration client's own; every one for the network admin.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<WebhookSubscriptionView, PracticeAction>> list(
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(regexp = SORT, message = SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    return Pages.ok(
        ItemPage.of(
            subscriptions.list(actor.get(), paging.request(sort)),
            WebhookSubscriptionView::of,
            PracticePermissions.TABLE,
            actor.get(),
            MANAGE_WEBHOOKS),
        uri);
  }

  @GET
  @Path("/{id}")
  @Permits(VIEW_WEBHOOKS)
  @Operation(operationId = "getWebhookSubscription", summary = "Get one webhook subscription")
  @APIResponse(
      responseCode = "200",
      description = "The subscription (without its secret)",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @ProblemResponses({401, 403, 404})
  public RestResponse<WebhookSubscriptionView> get(@PathParam("id") UUID id) {
    return tagged(subscriptions.get(actor.get(), id));
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(MANAGE_WEBHOOKS)
  @Operation(
      operationId = "updateWebhookSubscription",
      summary = "Change a webhook subscription",
      description =
          "URL, event types and status: PAUSED stops deliveries, ACTIVE resumes them (also after"
              + " an automatic pause) and sends what waited meanwhile.")
  @APIResponse(
      responseCode = "200",
      description = "The changed subscription",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(
      responseCode = "422",
      description = "The URL is not an allowed target or an event type is not public")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<WebhookSubscriptionView> update(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull WebhookSubscriptionChange body) {
    return tagged(
        subscriptions.change(
            actor.get(),
            id,
            VersionTag.version(ifMatch),
            body.url(),
            body.eventTypes(),
            body.status()));
  }

  @DELETE
  @Path("/{id}")
  @Permits(MANAGE_WEBHOOKS)
  @Operation(
      operationId = "deleteWebhookSubscription",
      summary = "Delete a webhook subscription",
      description = "With its delivery log; nothing more is sent.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response delete(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    subscriptions.delete(actor.get(), id, VersionTag.version(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("/{id}/secret")
  @Permits(MANAGE_WEBHOOKS)
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Replace a subscription's secret",
      description =
          "The new secret is answered once and signs every delivery from now on; the old one"
              + " stops at once.")
  @APIResponse(
      responseCode = "200",
      description = "The new secret",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = WebhookSecretView.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public RestResponse<WebhookSecretView> rotateSecret(
      @PathParam("id") UUID id,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    WithSecret rotated = subscriptions.rotateSecret(actor.get(), id, VersionTag.version(ifMatch));
    return RestResponse.ResponseBuilder.ok(WebhookSecretView.of(rotated))
        .tag(VersionTag.of(rotated.subscription().version()))
        .build();
  }

  @GET
  @Path("/{id}/deliveries")
  @Permits(VIEW_WEBHOOKS)
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "The subscription's delivery log",
      description = "Each event sent or to send: attempts, last status code, next retry.")
  @ProblemResponses({400, 401, 403, 404})
  public RestResponse<ItemPage<WebhookDeliveryView, PracticeAction>> deliveries(
      @PathParam("id") UUID id,
      @Valid @BeanParam PageParams paging,
      @Parameter(description = "createdAt or updatedAt, then ,asc or ,desc")
          @QueryParam("sort")
          @DefaultValue("createdAt,desc")
          @Pattern(regexp = SORT, message = SORT_MESSAGE)
          String sort,
      @Context UriInfo uri) {
    return Pages.ok(
        ItemPage.of(
            subscriptions.deliveries(actor.get(), id, paging.request(sort)),
            WebhookDeliveryView::of,
            PracticePermissions.TABLE,
            actor.get(),
            MANAGE_WEBHOOKS),
        uri);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/redelivery")
  @Permits(MANAGE_WEBHOOKS)
  @Operation(
      operationId = "redeliverWebhook",
      summary = "Send one delivery again",
      description =
          "Queues the event again, due now, with a fresh count of attempts (also a delivered or"
              + " given-up one); the subscription must be ACTIVE.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
  @APIResponse(responseCode = "422", description = "The subscription is paused")
  @ProblemResponses({400, 401, 403, 404})
  public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
    return Response.accepted(
            WebhookDeliveryView.of(subscriptions.redeliver(actor.get(), id, deliveryId)))
        .build();
  }

  private RestResponse<WebhookSubscriptionView> tagged(WebhookSubscription subscription) {
    return RestResponse.ResponseBuilder.ok(WebhookSubscriptionView.of(subscription))
        .tag(VersionTag.of(subscription.version()))
        .build();
  }
}
