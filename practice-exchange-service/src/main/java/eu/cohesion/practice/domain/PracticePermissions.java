package eu.cohesion.practice.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.RETURN_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.SUBMIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.UNPUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_PRACTICES;

import eu.cohesion.kit.security.PermissionTable;

/** The one authorisation table of the practice-exchange service. Anything not listed is refused. */
public final class PracticePermissions {

  public static final PermissionTable<PracticeAction> TABLE =
      PermissionTable.of(PracticeAction.class)
          // Published practices are written for everyone, inside and outside the network.
          .grant(VIEW_PUBLISHED_PRACTICES, ANONYMOUS, ANY_TOWN)
          // A draft is the town's unfinished work: only those who may finish it see it.
          .grant(VIEW_DRAFT_PRACTICES, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_DRAFT_PRACTICES, NETWORK_ADMIN, ANY_TOWN)
          .grant(EDIT_PRACTICE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          // Search covers published practices only, so it is as public as reading them.
          .grant(SEARCH_PRACTICES, ANONYMOUS, ANY_TOWN)
          // Validation by the network: the town submits its own practice, the network admin alone
          // publishes it, returns it with reasons or takes it off line again.
          .grant(SUBMIT_PRACTICE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(PUBLISH_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          .grant(RETURN_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          .grant(UNPUBLISH_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private PracticePermissions() {}
}
