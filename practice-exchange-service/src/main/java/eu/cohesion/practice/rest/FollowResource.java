package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.FOLLOW;
import static eu.cohesion.practice.domain.PracticeAction.UNFOLLOW;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.service.follow.Following;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's themes, and everything they follow (docs/practices.md#following). */
@Path("/follows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Following", description = "Being told when practices and themes one follows move")
@SecurityRequirement(name = "oauth2")
public class FollowResource {

  private static final String THEME =
      "^(LANGUAGE_AND_EDUCATION|EMPLOYMENT|HOUSING|HEALTH|CULTURE_AND_SPORT|CIVIC_PARTICIPATION"
          + "|ANTI_DISCRIMINATION|PUBLIC_SPACE|DIGITAL_INCLUSION)$";
  private static final String THEME_MESSAGE = "must be a theme of the network's vocabulary";

  private final Following following;
  private final CurrentActor actor;

  FollowResource(Following following, CurrentActor actor) {
    this.following = following;
    this.actor = actor;
  }

  @GET
  @Path("/me")
  @Permits(FOLLOW)
  @Operation(
      operationId = "listMyFollows",
      summary = "What I follow",
      description = "The practices and themes the caller follows, oldest follow first.")
  @ProblemResponses({401, 403})
  public MyFollowsView mine() {
    return MyFollowsView.of(following.of(actor.get()));
  }

  @PUT
  @Path("/themes/{theme}")
  @Permits(FOLLOW)
  @Operation(
      operationId = "followTheme",
      summary = "Follow a theme",
      description =
          "Any signed-in person; idempotent. The follower is told in the notification centre when"
              + " the network publishes a practice of that theme.")
  @APIResponse(responseCode = "204", description = "The caller follows the theme")
  @ProblemResponses({400, 401, 403})
  public void followTheme(
      @Parameter(description = "A theme of the network's vocabulary", example = "HOUSING")
          @PathParam("theme")
          @Pattern(regexp = THEME, message = THEME_MESSAGE)
          String theme) {
    following.followTheme(actor.get(), Theme.valueOf(theme));
  }

  @DELETE
  @Path("/themes/{theme}")
  @Permits(UNFOLLOW)
  @Operation(
      operationId = "unfollowTheme",
      summary = "Stop following a theme",
      description = "Idempotent: also when the caller did not follow it.")
  @APIResponse(responseCode = "204", description = "The caller does not follow the theme")
  @ProblemResponses({400, 401, 403})
  public void unfollowTheme(
      @Parameter(description = "A theme of the network's vocabulary", example = "HOUSING")
          @PathParam("theme")
          @Pattern(regexp = THEME, message = THEME_MESSAGE)
          String theme) {
    following.unfollowTheme(actor.get(), Theme.valueOf(theme));
  }
}
