package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.Params;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.service.PracticeSearch;
import eu.cohesion.practice.service.PracticeSearchQuery;
import eu.cohesion.practice.service.PracticeSearchResult;
import eu.cohesion.practice.service.PracticeSearchSort;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/practice-search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Good practices", description = "What concluded initiatives taught, for other towns")
public class PracticeSearchResource {

  static final int TEXT_MAX_LENGTH = 200;
  static final String OUTCOME = "^(ADOPTED|ADAPTED|DISCONTINUED)$";

  private final PracticeSearch search;
  private final CurrentActor actor;

  PracticeSearchResource(PracticeSearch search, CurrentActor actor) {
    this.search = search;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "searchPractices",
      summary = "Search published good practices",
      description =
          "Full-text search over every language of the published practices (each parsed with its"
              + " language's stemmer, accents ignored), with facet counts. Anyone, signed in or"
              + " not. Each filter may be repeated (any of its values); different filters all"
              + " apply. Pages are stable: every order ends with the practice id.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The page of results and the facets",
      content = @Content(schema = @Schema(implementation = PracticeSearchPage.class)))
  @ProblemResponses(400)
  public PracticeSearchPage search(
      @Parameter(
              description =
                  "Words to find, web-search syntax: \"a phrase\", -without, or. Blank: every"
                      + " published practice",
              example = "welcome desk")
          @QueryParam("q")
          @Size(max = TEXT_MAX_LENGTH)
          @Pattern(regexp = "^\\P{Cc}*$", message = "must not contain control characters")
          String q,
      @Parameter(
              description = "Only practices with one of these themes; repeat for several",
              explode = Explode.TRUE,
              schema = @Schema(type = SchemaType.ARRAY, maxItems = 9))
          @QueryParam("theme")
          @Size(max = 9)
          List<@Pattern(regexp = Params.THEME, message = "must be one of " + Params.THEME) String>
              theme,
      @Parameter(
              description = "Only practices for one of these population groups; repeat",
              explode = Explode.TRUE,
              schema = @Schema(type = SchemaType.ARRAY, maxItems = 4))
          @QueryParam("targetGroup")
          @Size(max = 4)
          List<@Pattern(regexp = Params.GROUP, message = "must be one of " + Params.GROUP) String>
              targetGroup,
      @Parameter(
              description = "Only practices of these towns (codes); repeat for several",
              explode = Explode.TRUE,
              schema = @Schema(type = SchemaType.ARRAY, maxItems = 20))
          @QueryParam("town")
          @Size(max = 20)
          List<@Pattern(regexp = Params.TOWN, message = Params.TOWN_MESSAGE) String> town,
      @Parameter(
              description = "Only practices with one of these SDG targets, e.g. 10.2; repeat",
              explode = Explode.TRUE,
              schema = @Schema(type = SchemaType.ARRAY, maxItems = 20))
          @QueryParam("sdg")
          @Size(max = 20)
          List<
                  @Pattern(
                      regexp = Params.SDG,
                      message = "must be a target of goal 10 or 11, e.g. 10.2")
                  String>
              sdg,
      @Parameter(
              description = "Only practices of initiatives concluded so; repeat for several",
              explode = Explode.TRUE,
              schema = @Schema(type = SchemaType.ARRAY, maxItems = 3))
          @QueryParam("outcome")
          @Size(max = 3)
          List<@Pattern(regexp = OUTCOME, message = "must be one of " + OUTCOME) String> outcome,
      @Parameter(
              description = "Only practices that travelled (true) or not (false)",
              schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("hasTransfers")
          @Pattern(regexp = "^(true|false)$", message = "must be true or false")
          String hasTransfers,
      @Parameter(
              description =
                  "relevance (default; newest first without q), recent or transfers; ties by id",
              schema = @Schema(enumeration = {"relevance", "recent", "transfers"}))
          @QueryParam("sort")
          @DefaultValue("relevance")
          @Pattern(
              regexp = "^(relevance|recent|transfers)$",
              message = "must be relevance, recent or transfers")
          String sort,
      @Parameter(
              description = "0-based page index",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "9999"))
          @QueryParam("page")
          @DefaultValue("0")
          @Pattern(regexp = "^\\d{1,4}$", message = "must be a whole number from 0 to 9999")
          String page,
      @Parameter(
              description = "Items per page",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
          @QueryParam("size")
          @DefaultValue("20")
          @Pattern(regexp = "^([1-9]\\d?|100)$", message = "must be a whole number from 1 to 100")
          String size) {
    Actor caller = actor.get();
    int pageIndex = Integer.parseInt(page);
    int pageSize = Integer.parseInt(size);
    PracticeSearchResult result =
        search.search(
            caller,
            new PracticeSearchQuery(
                q,
                theme,
                targetGroup,
                town,
                sdg,
                outcome,
                hasTransfers == null ? null : Boolean.valueOf(hasTransfers),
                PracticeSearchSort.valueOf(sort.toUpperCase(Locale.ROOT)),
                pageIndex,
                pageSize));
    return new PracticeSearchPage(
        result.hits().stream().map(PracticeSearchPage.Hit::of).toList(),
        pageIndex,
        pageSize,
        result.totalItems(),
        (int) ((result.totalItems() + pageSize - 1) / pageSize),
        PracticeSearchPage.Facets.of(result.facets()),
        PracticePermissions.TABLE.allowedFor(caller, null, SEARCH_PRACTICES));
  }
}
