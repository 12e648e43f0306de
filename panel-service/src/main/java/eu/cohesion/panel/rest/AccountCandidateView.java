package eu.cohesion.panel.rest;

import eu.cohesion.kit.keycloak.RealmUser;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "AccountCandidate",
    description =
        "A Keycloak account of the panel's town a member could be linked to (personal data)")
public record AccountCandidateView(
    @Schema(description = "The Keycloak user id") String id,
    String username,
    @Schema(description = "First and last name as Keycloak keeps them") String displayName,
    @Schema(nullable = true) String email,
    @Schema(description = "Whether the account may sign in") boolean enabled) {

  static AccountCandidateView of(RealmUser user) {
    String name =
        String.join(
                " ",
                user.firstName() == null ? "" : user.firstName(),
                user.lastName() == null ? "" : user.lastName())
            .strip();
    return new AccountCandidateView(
        user.id(),
        user.username(),
        name.isEmpty() ? user.username() : name,
        user.email(),
        user.enabled());
  }
}
