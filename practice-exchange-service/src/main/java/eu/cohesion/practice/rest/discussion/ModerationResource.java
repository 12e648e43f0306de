package eu.cohesion.practice.rest.discussion;

import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.ItemPage;
import eu.cohesion.kit.rest.PageParams;
import eu.cohesion.kit.rest.Pages;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.rest.Permits;
import eu.cohesion.practice.service.discussion.DiscussionReading;
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

/** The network admin's queue of reported posts. */
@Path("/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discussion", description = "Questions and comments on practices, across towns")
public class ModerationResource {

  /** The queue has one order, most recently reported first; the sort is not the caller's. */
  private static final String CREATED = "createdAt,desc";

  private final DiscussionReading reading;
  private final CurrentActor actor;

  ModerationResource(DiscussionReading reading, CurrentActor actor) {
    this.reading = reading;
    this.actor = actor;
  }

  @GET
  @Path("/queue")
  @Permits(MODERATE_POSTS)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "listModerationQueue",
      summary = "List the reported posts not yet moderated, most recently reported first",
      description =
          "Network admins. A post leaves the queue when it is hidden (or restored); the reports"
              + " show their reasons and times, never who made them.")
  @ProblemResponses({400, 401, 403})
  public RestResponse<ItemPage<ModerationQueueItem, PracticeAction>> queue(
      @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
    Actor caller = actor.get();
    return Pages.ok(
        ItemPage.of(
            reading.queue(caller, paging.request(CREATED)),
            reported -> ModerationQueueItem.of(reported, caller),
            PracticePermissions.TABLE,
            caller,
            MODERATE_POSTS),
        uri);
  }
}
