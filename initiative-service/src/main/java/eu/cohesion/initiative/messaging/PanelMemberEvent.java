package eu.cohesion.initiative.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.member-joined}, {@code -changed} and {@code -left} as
 * panel-service publishes them; the fields this service needs are the same in all three.
 */
public record PanelMemberEvent(
    @NotNull UUID panelId,
    @NotNull UUID memberId,
    @NotBlank String city,
    UUID keycloakUserId,
    @NotNull StakeholderCategory stakeholderCategory,
    @NotBlank String role) {

  public static final String JOINED = "eu.cohesion.panel.member-joined";
  public static final String CHANGED = "eu.cohesion.panel.member-changed";
  public static final String LEFT = "eu.cohesion.panel.member-left";

  /** Panel-service's categories: an unknown one makes the event poison, not a retry. */
  public enum StakeholderCategory {
    CITIZEN,
    CITIZENS_ORGANISATION,
    NON_PROFIT_ORGANISATION,
    CIVIL_SOCIETY_ORGANISATION,
    EXPERT,
    OFFICIAL,
    LOCAL_AUTHORITY
  }
}
