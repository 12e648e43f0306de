package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.EDIT_BALANCE_RULES;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.balance.BalanceRulesVersion;
import eu.cohesion.panel.service.balance.BalanceRulesEditing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/balance-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balance", description = "What a well-balanced panel is, and how each panel measures")
public class BalanceRulesResource {

  private final BalanceRulesEditing editing;
  private final CurrentActor actor;

  BalanceRulesResource(BalanceRulesEditing editing, CurrentActor actor) {
    this.editing = editing;
    this.actor = actor;
  }

  @GET
  @PublicCache
  @Operation(
      operationId = "getBalanceRules",
      summary = "The balance rules in force",
      description = "Anyone, signed in or not: the public may check what a score measures.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  @APIResponse(
      responseCode = "200",
      description = "The latest version",
      headers = @Header(name = HttpHeaders.ETAG, description = "The version, quoted: \"3\""),
      content = @Content(schema = @Schema(implementation = BalanceRulesView.class)))
  public RestResponse<BalanceRulesView> get() {
    return tagged(editing.current());
  }

  @GET
  @Path("/history")
  @PublicCache
  @Operation(
      operationId = "listBalanceRulesVersions",
      summary = "Every version of the balance rules",
      description = "Anyone, signed in or not. The newest first; the first is the current.")
  @SecurityRequirementsSet({})
  @SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
  public List<BalanceRulesView> history() {
    Actor caller = actor.get();
    return editing.history().stream().map(v -> BalanceRulesView.of(v, caller)).toList();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(EDIT_BALANCE_RULES)
  @SecurityRequirement(name = "oauth2")
  @Operation(
      operationId = "changeBalanceRules",
      summary = "Change the balance rules",
      description =
          "Network admins. Makes a new version; every panel is reassessed in the same"
              + " transaction, and each whose score or gaps change announces"
              + " eu.cohesion.panel.balance-changed.")
  @APIResponse(
      responseCode = "200",
      description = "The new version",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = BalanceRulesView.class)))
  @ProblemResponses({400, 401, 403, 412, 428})
  public RestResponse<BalanceRulesView> change(
      @Parameter(
              required = true,
              description = "The ETag of the version the change is based on",
              example = "\"1\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull ChangeBalanceRulesRequest body) {
    return tagged(editing.change(actor.get(), VersionTag.version(ifMatch), body.toRules()));
  }

  private RestResponse<BalanceRulesView> tagged(BalanceRulesVersion version) {
    return RestResponse.ResponseBuilder.ok(BalanceRulesView.of(version, actor.get()))
        .tag(VersionTag.of(version.version()))
        .build();
  }
}
