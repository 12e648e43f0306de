package eu.cohesion.initiative.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A member of a panel as this service learnt it from panel-events (member-joined, -changed, -left):
 * ids, pillar and role only, never a name. Review rounds take their eligible reviewers from the
 * active ones that have a login.
 */
@Entity
@Table(name = "known_panel_member")
public class KnownPanelMember {

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "city_code", nullable = false)
  private String cityCode;

  /** Token subject of the member's login; {@code null} while the member has none. */
  @Column(name = "keycloak_user_id")
  private String keycloakUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Pillar pillar;

  @Column(nullable = false)
  private String role;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected KnownPanelMember() {}

  public KnownPanelMember(UUID memberId, UUID panelId) {
    this.memberId = memberId;
    this.panelId = panelId;
  }

  /** The member's state after an event: what the event says replaces what was known. */
  public void learn(
      String cityCode,
      String keycloakUserId,
      Pillar pillar,
      String role,
      boolean active,
      Instant at) {
    this.cityCode = cityCode;
    this.keycloakUserId = keycloakUserId;
    this.pillar = pillar;
    this.role = role;
    this.active = active;
    this.updatedAt = at;
  }

  public UUID memberId() {
    return memberId;
  }

  public UUID panelId() {
    return panelId;
  }

  public String cityCode() {
    return cityCode;
  }

  public String keycloakUserId() {
    return keycloakUserId;
  }

  public Pillar pillar() {
    return pillar;
  }

  public String role() {
    return role;
  }

  public boolean active() {
    return active;
  }
}
