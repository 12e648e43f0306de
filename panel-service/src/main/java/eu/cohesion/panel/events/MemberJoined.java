package eu.cohesion.panel.events;

import eu.cohesion.panel.domain.StakeholderCategory;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.panel.member-joined}: ids and the category only. The member's name,
 * organisation and population groups are personal data and stay in panel-service.
 */
public record MemberJoined(
    UUID panelId, UUID memberId, String city, StakeholderCategory stakeholderCategory) {

  public static final String TYPE = "eu.cohesion.panel.member-joined";
}
