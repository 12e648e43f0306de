package eu.cohesion.panel.rest;

import eu.cohesion.panel.service.AccountInvitation;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "InviteAccount",
    description =
        "Who to invite: Keycloak creates a panel-member account of the panel's town for this"
            + " address and e-mails the link to set a password")
public record InviteAccountRequest(
    @Schema(examples = "ann@example.org") @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 100) String lastName) {

  AccountInvitation toCommand(Long expectedVersion) {
    return new AccountInvitation(expectedVersion, email, firstName, lastName);
  }
}
