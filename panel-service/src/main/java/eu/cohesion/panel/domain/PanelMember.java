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
 * A member of a Local Panel of Stakeholders. Name, organisation and population groups are personal
 * data: only the member's own panel and its coordinators see them.
 */
@Entity
@Table(name = "panel_member")
public class PanelMember {

  public static final int DISPLAY_NAME_MAX_LENGTH = 200;
  public static final int ORGANISATION_MAX_LENGTH = 200;

  @Id private UUID id;

  @Column(name = "panel_id", nullable = false, updatable = false)
  private UUID panelId;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "stakeholder_category", nullable = false)
  private StakeholderCategory stakeholderCategory;

  private String organisation;

  /** Names of {@link PopulationGroup}s, in declaration order; a PostgreSQL text[]. */
  @Column(name = "population_groups", nullable = false)
  private String[] populationGroups;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected PanelMember() {}

  /**
   * A new member of the panel. Population groups are kept only when consent is recorded.
   *
   * @throws ConsentRequiredException population groups without consent
   * @throws IllegalArgumentException a blank or oversized name, an oversized organisation
   */
  public static PanelMember join(
      UUID panelId,
      String displayName,
      StakeholderCategory stakeholderCategory,
      String organisation,
      Collection<PopulationGroup> populationGroups,
      boolean consentRecorded,
      Instant now) {
    if (stakeholderCategory == null) {
      throw new IllegalArgumentException("a member has a stakeholder category");
    }
    Set<PopulationGroup> groups = EnumSet.noneOf(PopulationGroup.class);
    if (populationGroups != null) {
      groups.addAll(populationGroups);
    }
    if (!groups.isEmpty() && !consentRecorded) {
      throw new ConsentRequiredException();
    }
    PanelMember member = new PanelMember();
    member.id = UUID.randomUUID();
    member.panelId = panelId;
    member.displayName = displayName(displayName);
    member.stakeholderCategory = stakeholderCategory;
    member.organisation = organisation(organisation);
    member.populationGroups = groups.stream().map(Enum::name).toArray(String[]::new);
    member.consentRecordedAt = consentRecorded ? now : null;
    member.joinedAt = now;
    member.updatedAt = now;
    return member;
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

  public Instant joinedAt() {
    return joinedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
