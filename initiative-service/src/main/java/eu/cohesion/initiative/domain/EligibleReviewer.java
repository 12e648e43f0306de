package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/**
 * A panel member who may review in a round, as the panel stood when the round opened. The login is
 * {@code null} once the person was erased: they still count as eligible, so results and quorum stay
 * as they were.
 */
@Embeddable
public class EligibleReviewer {

  @Column(name = "member_id", nullable = false)
  private UUID memberId;

  @Column(name = "keycloak_user_id")
  private String keycloakUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Pillar pillar;

  protected EligibleReviewer() {}

  EligibleReviewer(UUID memberId, String keycloakUserId, Pillar pillar) {
    this.memberId = memberId;
    this.keycloakUserId = keycloakUserId;
    this.pillar = pillar;
  }

  public UUID memberId() {
    return memberId;
  }

  public String keycloakUserId() {
    return keycloakUserId;
  }

  public Pillar pillar() {
    return pillar;
  }
}
