package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.FOLLOW;
import static eu.cohesion.practice.domain.PracticeAction.UNFOLLOW;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.practice.service.follow.Following;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller follows one practice, or stops (docs/practices.md#following). */
@Path("/practices/{id}/follow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Following", description = "Being told when practices and themes one follows move")
@SecurityRequirement(name = "oauth2")
public class PracticeFollowResource {

  private final Following following;
  private final CurrentActor actor;

  PracticeFollowResource(Following following, CurrentActor actor) {
    this.following = following;
    this.actor = actor;
  }

  @PUT
  @Permits(FOLLOW)
  @Operation(
      operationId = "followPractice",
      summary = "Follow a published practice",
      description =
          "Any signed-in person, for a practice of any town; idempotent. The follower is told in"
              + " the notification centre when the practice is revised or a question on it is"
              + " answered. 422 practice-not-published for a draft the caller can see.")
  @APIResponse(responseCode = "204", description = "The caller follows the practice")
  @APIResponse(responseCode = "422", description = "Not published")
  @ProblemResponses({400, 401, 403, 404})
  public void follow(@PathParam("id") UUID id) {
    following.followPractice(actor.get(), id);
  }

  @DELETE
  @Permits(UNFOLLOW)
  @Operation(
      operationId = "unfollowPractice",
      summary = "Stop following a practice",
      description = "Idempotent: also when the caller did not follow it or it is gone.")
  @APIResponse(responseCode = "204", description = "The caller does not follow the practice")
  @ProblemResponses({400, 401, 403})
  public void unfollow(@PathParam("id") UUID id) {
    following.unfollowPractice(actor.get(), id);
  }
}
