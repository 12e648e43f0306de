package eu.cohesion.practice.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.practice.domain.finding.Audience;
import eu.cohesion.practice.service.PracticeFeeds;
import eu.cohesion.practice.service.PublicationFeeds;
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

/**
 * Atom feeds of what the network publishes: practices, findings, recommendations
 * (docs/open-data.md). Public.
 */
@Path("/feeds")
@Tag(
    name = "Open data",
    description =
        "Published practices, transfers, findings and recommendations as CSV and JSON, CC BY 4.0")
public class FeedResource {

  static final String ATOM = "application/atom+xml";

  private final PracticeFeeds feeds;
  private final PublicationFeeds publications;
  private final CurrentActor actor;

  FeedResource(PracticeFeeds feeds, PublicationFeeds publications, CurrentActor actor) {
    this.feeds = feeds;
    this.publications = publications;
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

  @GET
  @Path("/all.atom")
  @Produces(ATOM)
  @PublicCache(maxAge = 300)
  @Operation(
      operationId = "getNetworkFeed",
      summary = "Atom feed of everything the network published lately",
      description =
          "Atom 1.0: the latest 50 published practices, common findings and recommendations"
              + " together, newest first; of one town (its practices, the findings citing its"
              + " evidence, the recommendations it endorses) and of one theme (a recommendation's"
              + " themes are those of the findings backing it). Entry ids are urn:uuid: of the"
              + " practice, finding or recommendation id. Anyone.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses(400)
  public String all(
      @Parameter(description = "Only what concerns this town (its code)", example = "tartu")
          @QueryParam("town")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String town,
      @Parameter(description = "Only what has this theme", example = "EMPLOYMENT")
          @QueryParam("theme")
          @Pattern(regexp = Params.THEME, message = "must be one of " + Params.THEME)
          String theme,
      @Context UriInfo uri) {
    return publications.all(actor.get(), town, theme, uri.getRequestUri());
  }

  @GET
  @Path("/findings.atom")
  @Produces(ATOM)
  @PublicCache(maxAge = 300)
  @Operation(
      operationId = "getFindingsFeed",
      summary = "Atom feed of the latest published common findings",
      description =
          "Atom 1.0: the latest 50 published findings, newest first, of every town or those citing"
              + " one town's evidence, of every theme or one. Entry ids are urn:uuid: of the"
              + " finding id, categories are the themes. Anyone.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses(400)
  public String findings(
      @Parameter(description = "Only findings citing this town's evidence", example = "tartu")
          @QueryParam("town")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String town,
      @Parameter(description = "Only findings with this theme", example = "EMPLOYMENT")
          @QueryParam("theme")
          @Pattern(regexp = Params.THEME, message = "must be one of " + Params.THEME)
          String theme,
      @Context UriInfo uri) {
    return publications.findings(actor.get(), town, theme, uri.getRequestUri());
  }

  @GET
  @Path("/recommendations.atom")
  @Produces(ATOM)
  @PublicCache(maxAge = 300)
  @Operation(
      operationId = "getRecommendationsFeed",
      summary = "Atom feed of the latest published recommendations",
      description =
          "Atom 1.0: the latest 50 published recommendations, newest first, of every audience or"
              + " one, of every town or those one town endorses. The category is the audience."
              + " Anyone.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
  @ProblemResponses(400)
  public String recommendations(
      @Parameter(description = "Only recommendations this town endorses", example = "tartu")
          @QueryParam("town")
          @Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE)
          String town,
      @Parameter(
              description = "Only recommendations to this audience",
              schema = @Schema(implementation = Audience.class))
          @QueryParam("audience")
          @Pattern(
              regexp =
                  "^(LOCAL_AUTHORITIES|NATIONAL_POLICY_MAKERS|EU_INSTITUTIONS"
                      + "|CIVIL_SOCIETY_ORGANISATIONS)$",
              message =
                  "must be LOCAL_AUTHORITIES, NATIONAL_POLICY_MAKERS, EU_INSTITUTIONS or"
                      + " CIVIL_SOCIETY_ORGANISATIONS")
          String audience,
      @Context UriInfo uri) {
    return publications.recommendations(actor.get(), town, audience, uri.getRequestUri());
  }
}
