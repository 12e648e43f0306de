package eu.cohesion.panel.rest;

import static eu.cohesion.panel.domain.PanelAction.EXPORT_OWN_DATA;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.panel.service.privacy.PersonalDataExport;
import eu.cohesion.panel.service.privacy.PersonalDataExport.PersonalData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "The data rights of GDPR Art. 15, 17 and 20")
@SecurityRequirement(name = "oauth2")
public class PersonalDataResource {

  private final PersonalDataExport export;
  private final CurrentActor actor;

  PersonalDataResource(PersonalDataExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @Schema(name = "PersonalDataExport", description = "What panel-service holds about the caller")
  public record PersonalDataView(
      @Schema(description = "Always panel-service; the other services answer their own")
          String service,
      @Schema(nullable = true, description = "The caller's Keycloak user id") UUID keycloakUserId,
      @Schema(description = "Panel-member records linked to the caller") Set<UUID> memberIds,
      @Schema(description = "ISO-8601 UTC") Instant exportedAt,
      @Schema(description = "One entry per part of the service that holds personal data")
          Map<String, Object> sections) {

    static PersonalDataView of(PersonalData data) {
      return new PersonalDataView(
          "panel-service",
          data.subject().keycloakUserId(),
          data.subject().memberIds(),
          data.exportedAt(),
          data.sections());
    }
  }

  @GET
  @Permits(EXPORT_OWN_DATA)
  @Operation(
      operationId = "exportMyPersonalData",
      summary = "Download everything panel-service holds about me",
      description =
          "Any signed-in person (GDPR Art. 15 and 20): the caller's member records, session"
              + " attendance and who viewed or changed their records. initiative-service and"
              + " practice-exchange-service answer the same path for what they hold.")
  @APIResponse(
      responseCode = "200",
      description = "The caller's data, as a JSON download",
      headers =
          @Header(
              name = "Content-Disposition",
              description = "attachment; filename=\"cohesion-panel-personal-data.json\""),
      content = @Content(schema = @Schema(implementation = PersonalDataView.class)))
  @ProblemResponses({401, 403})
  public Response export() {
    return Response.ok(PersonalDataView.of(export.export(actor.get())))
        .header("Content-Disposition", "attachment; filename=\"cohesion-panel-personal-data.json\"")
        .build();
  }
}
