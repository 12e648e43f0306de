package eu.cohesion.panel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * One membership period of a person in a Local Panel of Stakeholders: it starts when they join and
 * ends when they leave; a person who comes back gets a new period, so the panel's history shows
 * both. Name, organisation, leave reason and population groups are personal data: only the member's
 * own panel and its coordinators see them (the groups only the coordinators).
 */
@Entity
@Table(name = "panel_member")
public class PanelMember {

  public static final int DISPLAY_NAME_MAX_LENGTH = 200;
  public static final int ORGANISATION_MAX_LENGTH = 200;
  public static final int LEAVE_REASON_MAX_LENGTH = 500;

  /** What an erased member is called: the period stays in the panel's history, the person not. */
  public static final String ERASED_NAME = "Erased member";

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakeholder_category", nullable = false)
  private StakeholderCategory stakeholderCategory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberRole role;

  private String organisation;

  /** Names of {@link PopulationGroup}s, in declaration order; a PostgreSQL text[]. */
  @Column(name = "population_groups", nullable = false)
  private String[] populationGroups;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  /** The {@link ConsentText} version the recorded consent was given to. */
  @Column(name = "consent_text_version")
  private String consentTextVersion;

  @Column(name = "consent_withdrawn_at")
  private Instant consentWithdrawnAt;

  /** The person's account in Keycloak realm cohesion, when they have one. */
  @Column(name = "keycloak_user_id")
  private UUID keycloakUserId;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  @Column(name = "leave_reason")
  private String leaveReason;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected PanelMember() {}

  /**
   * A new member of the panel. Population groups are kept only when consent to the current consent
   * text is recorded.
   *
   * @param consentTextVersion the consent text the member agreed to, null without consent
   * @throws ConsentRequiredException population groups without consent
   * @throws StaleConsentTextException consent to another text than the current one
   * @throws IllegalArgumentException a blank or oversized name, an oversized organisation
   */
  public static PanelMember join(
      UUID panelId,
      String displayName,
      StakeholderCategory stakeholderCategory,
      MemberRole role,
      String organisation,
      Collection<PopulationGroup> populationGroups,
      String consentTextVersion,
      Instant now) {
    if (stakeholderCategory == null) {
      throw new IllegalArgumentException("a member has a stakeholder category");
    }
    PanelMember member = new PanelMember();
    member.id = UUID.randomUUID();
    member.panelId = panelId;
    member.displayName = displayName(displayName);
    member.stakeholderCategory = stakeholderCategory;
    member.role = role == null ? MemberRole.MEMBER : role;
    member.organisation = organisation(organisation);
    member.populationGroups = new String[0];
    member.joinedAt = now;
    member.updatedAt = now;
    Set<PopulationGroup> groups = groups(populationGroups);
    if (consentTextVersion != null) {
      member.recordConsent(groups, consentTextVersion, now);
    } else if (!groups.isEmpty()) {
      throw new ConsentRequiredException();
    }
    return member;
  }

  /**
   * Rewrites what the member stands for and does in the panel.
   *
   * @throws MemberLeftException the period has ended
   */
  public void edit(
      String displayName,
      StakeholderCategory stakeholderCategory,
      MemberRole role,
      String organisation,
      Instant now) {
    requireActive("edit them");
    if (stakeholderCategory == null || role == null) {
      throw new IllegalArgumentException("a member has a stakeholder category and a role");
    }
    this.displayName = displayName(displayName);
    this.stakeholderCategory = stakeholderCategory;
    this.role = role;
    this.organisation = organisation(organisation);
    this.updatedAt = now;
  }

  /**
   * Ends the membership period; it stays in the panel's history.
   *
   * @throws MemberLeftException it has ended already
   */
  public void leave(String reason, Instant now) {
    requireActive("record a leave");
    String stripped = reason == null ? "" : reason.strip();
    if (stripped.length() > LEAVE_REASON_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a leave reason has at most " + LEAVE_REASON_MAX_LENGTH + " characters");
    }
    this.leftAt = now;
    this.leaveReason = stripped.isEmpty() ? null : stripped;
    this.updatedAt = now;
  }

  /**
   * Records the member's consent to the current consent text and the groups they declare; replaces
   * earlier groups.
   *
   * @throws StaleConsentTextException consent to another text than the current one
   * @throws MemberLeftException the period has ended
   */
  public void recordConsent(
      Collection<PopulationGroup> populationGroups, String consentTextVersion, Instant now) {
    requireActive("record their consent");
    if (!ConsentText.CURRENT.version().equals(consentTextVersion)) {
      throw new StaleConsentTextException(consentTextVersion);
    }
    this.populationGroups =
        groups(populationGroups).stream().map(Enum::name).toArray(String[]::new);
    this.consentRecordedAt = now;
    this.consentTextVersion = consentTextVersion;
    this.consentWithdrawnAt = null;
    this.updatedAt = now;
  }

  /**
   * Withdraws consent, at any time, also after leaving: the population groups are deleted with it.
   *
   * @return whether there was a consent to withdraw
   */
  public boolean withdrawConsent(Instant now) {
    if (consentRecordedAt == null) {
      return false;
    }
    this.populationGroups = new String[0];
    this.consentRecordedAt = null;
    this.consentTextVersion = null;
    this.consentWithdrawnAt = now;
    this.updatedAt = now;
    return true;
  }

  /** Links (or, with null, unlinks) the person's Keycloak account. */
  public void linkAccount(UUID keycloakUserId, Instant now) {
    requireActive("link an account");
    this.keycloakUserId = keycloakUserId;
    this.updatedAt = now;
  }

  /**
   * GDPR erasure: the person's identity goes, the period (category, role, dates) stays in the
   * panel's history, so past compositions and sessions still add up.
   */
  public void erase(Instant now) {
    this.displayName = ERASED_NAME;
    this.organisation = null;
    this.leaveReason = null;
    this.populationGroups = new String[0];
    this.consentRecordedAt = null;
    this.consentTextVersion = null;
    this.consentWithdrawnAt = null;
    this.keycloakUserId = null;
    this.erasedAt = now;
    this.updatedAt = now;
  }

  private void requireActive(String doing) {
    if (leftAt != null) {
      throw new MemberLeftException(doing);
    }
  }

  private static Set<PopulationGroup> groups(Collection<PopulationGroup> populationGroups) {
    Set<PopulationGroup> groups = EnumSet.noneOf(PopulationGroup.class);
    if (populationGroups != null) {
      groups.addAll(populationGroups);
    }
    return groups;
  }

  static String displayName(String raw) {
    String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a member's name must not be blank");
    }
    if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a member's name has at most " + DISPLAY_NAME_MAX_LENGTH + " characters");
    }
    return name;
  }

  /** An empty organisation is no organisation. */
  static String organisation(String raw) {
    String organisation = raw == null ? "" : raw.strip();
    if (organisation.length() > ORGANISATION_MAX_LENGTH) {
      throw new IllegalArgumentException(
          "an organisation has at most " + ORGANISATION_MAX_LENGTH + " characters");
    }
    return organisation.isEmpty() ? null : organisation;
  }

  public UUID id() {
    return id;
  }

  public UUID panelId() {
    return panelId;
  }

  public String displayName() {
    return displayName;
  }

  public StakeholderCategory stakeholderCategory() {
    return stakeholderCategory;
  }

  public MemberRole role() {
    return role;
  }

  public String organisation() {
    return organisation;
  }

  public Set<PopulationGroup> populationGroups() {
    Set<PopulationGroup> groups = EnumSet.noneOf(PopulationGroup.class);
    Arrays.stream(populationGroups).map(PopulationGroup::valueOf).forEach(groups::add);
    return groups;
  }

  public Instant consentRecordedAt() {
    return consentRecordedAt;
  }

  public String consentTextVersion() {
    return consentTextVersion;
  }

  public Instant consentWithdrawnAt() {
    return consentWithdrawnAt;
  }

  public UUID keycloakUserId() {
    return keycloakUserId;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public Instant leftAt() {
    return leftAt;
  }

  public String leaveReason() {
    return leaveReason;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  /** Still in the panel: counts in its composition and balance. */
  public boolean isActive() {
    return leftAt == null;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
