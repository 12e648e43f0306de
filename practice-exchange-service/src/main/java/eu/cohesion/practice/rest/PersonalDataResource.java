package eu.cohesion.practice.rest;

import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OWN_DATA;

import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
import eu.cohesion.practice.service.PersonalDataExport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "The data rights of GDPR Art. 15 and 20")
@SecurityRequirement(name = "oauth2")
public class PersonalDataResource {

  private final PersonalDataExport export;
  private final CurrentActor actor;

  PersonalDataResource(PersonalDataExport export, CurrentActor actor) {
    this.export = export;
    this.actor = actor;
  }

  @GET
  @Permits(EXPORT_OWN_DATA)
  @Operation(
      operationId = "exportMyPracticeExchangeData",
      summary = "Download what practice-exchange-service holds about me",
      description =
          "Any signed-in person: the questions, comments and replies they wrote, the reports they"
              + " made, the transfers they registered for their town and the practices and themes they follow. panel-service and"
              + " initiative-service answer the same path for their parts.")
  @ProblemResponses({401, 403})
  public OwnPracticeExchangeData export() {
    return OwnPracticeExchangeData.of(export.of(actor.get()));
  }
}
