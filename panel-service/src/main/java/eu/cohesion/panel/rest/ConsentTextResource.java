package eu.cohesion.panel.rest;

import eu.cohesion.kit.http.PublicCache;
import eu.cohesion.panel.domain.ConsentText;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/consent-texts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent", description = "The text members consent to")
// Public: what a member is asked to agree to is no secret.
@SecurityRequirementsSet({})
@SecurityRequirementsSet(@SecurityRequirement(name = "oauth2"))
public class ConsentTextResource {

  @GET
  @Path("/current")
  @PublicCache
  @Operation(
      operationId = "getCurrentConsentText",
      summary = "The consent text new consents are given to",
      description = "Anyone. Show it to the member and send its version with the consent.")
  public ConsentTextView current() {
    return ConsentTextView.of(ConsentText.CURRENT);
  }
}
