package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.INVITE_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.LINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.SEARCH_MEMBER_ACCOUNTS;
import static eu.cohesion.panel.domain.PanelAction.UNLINK_MEMBER_ACCOUNT;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.kit.rest.VersionTag;
import eu.cohesion.panel.service.AccountLink;
import eu.cohesion.panel.service.MemberAccounts;
import eu.cohesion.panel.service.MemberInPanel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A member's Keycloak account: search the town's accounts, link, unlink, invite by e-mail. */
@Path("/panels/{id}/members/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member accounts", description = "The Keycloak account a panel member signs in with")
@SecurityRequirement(name = "oauth2")
public class MemberAccountResource {

  private final MemberAccounts accounts;
  private final CurrentActor actor;

  MemberAccountResource(MemberAccounts accounts, CurrentActor actor) {
    this.accounts = accounts;
    this.actor = actor;
  }

  @GET
  @Path("/account-candidates")
  @Permits(SEARCH_MEMBER_ACCOUNTS)
  @Operation(
      operationId = "searchMemberAccountCandidates",
      summary = "Search the town's Keycloak accounts to link a member to",
      description =
          "Accounts of the panel's town only (their city attribute) whose username, e-mail or"
              + " name contains q; at most 20. Personal data: audited as viewed.")
  @APIResponse(
      responseCode = "200",
      description = "The matching accounts",
      content =
          @Content(
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                      implementation = AccountCandidateView.class)))
  @APIResponse(responseCode = "503", description = "Keycloak cannot be reached: retry later")
  @ProblemResponses({400, 401, 403, 404})
  public List<AccountCandidateView> candidates(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(description = "Part of a username, e-mail address or name; empty lists all")
          @QueryParam("q")
          @DefaultValue("")
          @Size(max = 100)
          String query) {
    return accounts.candidates(actor.get(), id, memberId, query).stream()
        .map(AccountCandidateView::of)
        .toList();
  }

  @PUT
  @Path("/account")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(LINK_MEMBER_ACCOUNT)
  @Operation(
      operationId = "linkPanelMemberAccount",
      summary = "Link a member to an existing Keycloak account of the town",
      description =
          "The person then signs in with it. Announces eu.cohesion.panel.member-changed with the"
              + " keycloakUserId.")
  @APIResponse(
      responseCode = "200",
      description = "The member with the link",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "409",
      description = "The account is linked to another member still in the panel")
  @APIResponse(
      responseCode = "422",
      description = "Unknown account, an account of another town, or the member has left")
  @APIResponse(responseCode = "503", description = "Keycloak cannot be reached: retry later")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response link(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull LinkAccountRequest body) {
    return tagged(
        accounts.link(
            actor.get(),
            id,
            memberId,
            new AccountLink(VersionTag.version(ifMatch), body.keycloakUserId())));
  }

  @DELETE
  @Path("/account")
  @Permits(UNLINK_MEMBER_ACCOUNT)
  @Operation(
      operationId = "unlinkPanelMemberAccount",
      summary = "Remove a member's account link",
      description =
          "The Keycloak account stays; it no longer signs in as this member. Announces"
              + " eu.cohesion.panel.member-changed when there was a link.")
  @APIResponse(
      responseCode = "200",
      description = "The member without a link",
      headers = @Header(name = HttpHeaders.ETAG, description = "The new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response unlink(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch) {
    return tagged(accounts.unlink(actor.get(), id, memberId, VersionTag.version(ifMatch)));
  }

  @POST
  @Path("/account-invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(INVITE_MEMBER_ACCOUNT)
  @Operation(
      operationId = "invitePanelMemberAccount",
      summary = "Invite a member by e-mail and link the new account",
      description =
          "Keycloak creates a panel-member account of the panel's town (never another role or"
              + " town) and sends its e-mail with the link to set a password and verify the"
              + " address. Announces eu.cohesion.panel.member-changed with the new"
              + " keycloakUserId.")
  @APIResponse(
      responseCode = "201",
      description = "Invited; the member with the link",
      headers = @Header(name = HttpHeaders.ETAG, description = "The member's new version, quoted"),
      content = @Content(schema = @Schema(implementation = MemberView.class)))
  @APIResponse(
      responseCode = "409",
      description = "Keycloak has an account with this e-mail address already: link it")
  @APIResponse(responseCode = "422", description = "The member has left, or Keycloak refused")
  @APIResponse(
      responseCode = "503",
      description = "Keycloak cannot be reached or could not send the e-mail: retry later")
  @ProblemResponses({400, 401, 403, 404, 412, 428})
  public Response invite(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Parameter(required = true, description = "The ETag last read", example = "\"3\"")
          @HeaderParam(HttpHeaders.IF_MATCH)
          @Pattern(regexp = VersionTag.IF_MATCH_PATTERN, message = VersionTag.IF_MATCH_MESSAGE)
          String ifMatch,
      @Valid @NotNull InviteAccountRequest body) {
    MemberInPanel member =
        accounts.invite(actor.get(), id, memberId, body.toCommand(VersionTag.version(ifMatch)));
    return Response.status(Response.Status.CREATED)
        .entity(MemberView.of(member.member(), member.cityCode(), actor.get()))
        .tag(VersionTag.of(member.version()))
        .build();
  }

  private Response tagged(MemberInPanel member) {
    return Response.ok(MemberView.of(member.member(), member.cityCode(), actor.get()))
        .tag(VersionTag.of(member.version()))
        .build();
  }
}
