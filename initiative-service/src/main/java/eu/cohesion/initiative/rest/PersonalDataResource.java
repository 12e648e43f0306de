package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.EXPORT_OWN_DATA;

import eu.cohesion.initiative.service.PersonalDataReport;
import eu.cohesion.initiative.service.PersonalDataReport.OwnData;
import eu.cohesion.kit.openapi.ProblemResponses;
import eu.cohesion.kit.rest.CurrentActor;
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

  private final PersonalDataReport report;
  private final CurrentActor actor;

  PersonalDataResource(PersonalDataReport report, CurrentActor actor) {
    this.report = report;
    this.actor = actor;
  }

  @GET
  @Permits(EXPORT_OWN_DATA)
  @Operation(
      operationId = "exportMyInitiativeData",
      summary = "Download what initiative-service holds about me",
      description =
          "Any signed-in person: the initiatives they created, the lifecycle steps they took, their"
              + " notifications and notification preferences."
              + " panel-service answers the same path for its part.")
  @ProblemResponses({401, 403})
  public OwnData export() {
    return report.of(actor.get());
  }
}
