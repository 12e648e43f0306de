package eu.cohesion.panel.service;

import eu.cohesion.panel.domain.PanelMember;
import eu.cohesion.panel.service.privacy.PersonLinks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The link of a member record to a Keycloak user, as the member record keeps it. */
@ApplicationScoped
public class MemberAccountLinks implements PersonLinks {

  private final PanelMemberRepository members;

  MemberAccountLinks(PanelMemberRepository members) {
    this.members = members;
  }

  @Override
  public Set<UUID> memberIdsOf(UUID keycloakUserId) {
    return members.memberIdsOfAccount(keycloakUserId);
  }

  @Override
  public Optional<UUID> keycloakUserOf(UUID memberId) {
    return members.findByIdOptional(memberId).map(PanelMember::keycloakUserId);
  }
}
