package eu.cohesion.practice.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.practice.service.PracticeFeeds;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Atom feeds of what the network publishes (docs/open-data.md). Public. */
@Path("/feeds")
@Tag(name = "Open data", description = "Published practices as CSV and JSON, CC BY 4.0")
public class FeedResource {

  static final String ATOM = "application/atom+xml";

  private final PracticeFeeds feeds;
  private final CurrentActor actor;

  FeedResource(PracticeFeeds feeds, CurrentActor actor) {
    this.feeds = feeds;
    this.actor = actor;
  }

  @GET
  @Path("/practices.atom")
  @Produces(ATOM)
  @PublicCache(maxAge = 300)
  @Operation(
      operationId = "getPracticesFeed",
      summary = "Atom feed of the latest published practices",
      description =
          "Atom 1.0: the latest 50 published practices, newest first, of every town or one, of"
              + " every theme or one. Entry ids are urn:uuid: of the practice id, the author is"
              + " the town, categories are the themes. An unknown town gives an empty feed."
              + " Anyone.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses(400)
  public String practices(
      @Parameter(description = "Only this town's practices (its code)", example = "mechelen")
          @QueryParam("town")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String town,
      @Parameter(description = "Only practices with this theme", example = "HOUSING")
          @QueryParam("theme")
          @Pattern(regexp = Params.THEME, message = "must be one of " + Params.THEME)
          String theme,
      @Context UriInfo uri) {
    return feeds.practices(actor.get(), town, theme, uri.getRequestUri());
  }
}
