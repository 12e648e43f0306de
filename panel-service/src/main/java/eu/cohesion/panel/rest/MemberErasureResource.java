package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.ERASE_MEMBER;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.panel.domain.MemberErasure;
import eu.cohesion.panel.service.privacy.MemberErasures;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/panels/{id}/members/{memberId}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
@SecurityRequirement(name = "oauth2")
public class MemberErasureResource {

  private final MemberErasures erasures;
  private final CurrentActor actor;

  MemberErasureResource(MemberErasures erasures, CurrentActor actor) {
    this.erasures = erasures;
    this.actor = actor;
  }

  @Schema(name = "MemberErasure", description = "That, when, by whom and why a member was erased")
  public record ErasureView(
      UUID memberId,
      UUID panelId,
      @Schema(description = "ISO-8601 UTC") Instant erasedAt,
      @Schema(description = "Token subject of who erased; 'erased' if they were erased since")
          String erasedBy,
      String reason) {

    static ErasureView of(MemberErasure erasure) {
      return new ErasureView(
          erasure.memberId(),
          erasure.panelId(),
          erasure.erasedAt(),
          erasure.erasedBy(),
          erasure.reason());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Permits(ERASE_MEMBER)
  @Operation(
      operationId = "eraseMember",
      summary = "Erase a member's personal data on request (GDPR Art. 17)",
      description =
          "The town's coordinators and network admins. Anonymises the member everywhere in"
              + " panel-service in one transaction, keeps history without identity, records who"
              + " erased and why, and announces eu.cohesion.person.erased so the other services"
              + " anonymise what they hold about the person's Keycloak user. Idempotent: asking"
              + " again answers the first erasure and changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The erasure (the first one, when asked again)",
      content = @Content(schema = @Schema(implementation = ErasureView.class)))
  @ProblemResponses({400, 401, 403, 404})
  public ErasureView erase(
      @PathParam("id") UUID id,
      @PathParam("memberId") UUID memberId,
      @Valid @NotNull ErasureRequest body) {
    return ErasureView.of(erasures.erase(actor.get(), id, memberId, body.reason()).erasure());
  }
}
