package eu.cohesion.panel.domain;

import java.util.Collection;
import java.util.UUID;

/**
 * Which Keycloak account a member of a panel may be linked to. The account belongs to the panel's
 * town (its {@code city} attribute), so a coordinator never reaches another town's people, and it
 * signs in as at most one member still in the panel. An invitation creates a {@code panel-member}
 * of the panel's town and nothing else, whatever the caller asks for.
 */
public final class MemberAccountRules {

  /** The realm role an invited member gets: they read and review their town's panel. */
  public static final String INVITED_ROLE = "panel-member";

  private MemberAccountRules() {}

  /**
   * @throws AccountOfOtherTownException the account has another town or none
   */
  public static void requireAccountOfTown(String accountCity, String panelTown) {
    if (accountCity == null || !accountCity.equals(panelTown)) {
      throw new AccountOfOtherTownException(panelTown);
    }
  }

  /**
   * @param linkedMembers the panel's members still in it that hold the account now
   * @throws AccountLinkedElsewhereException another of them than {@code memberId} holds it
   */
  public static void requireNotLinkedElsewhere(UUID memberId, Collection<UUID> linkedMembers) {
    linkedMembers.stream()
        .filter(other -> !other.equals(memberId))
        .findFirst()
        .ifPresent(
            other -> {
              throw new AccountLinkedElsewhereException(other);
            });
  }
}
