package eu.cohesion.practice.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OPEN_DATA;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.READ_FEEDS;
import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;
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
          .grant(PUBLISH_PRACTICE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(PUBLISH_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          // Search covers published practices only, so it is as public as reading them.
          .grant(SEARCH_PRACTICES, ANONYMOUS, ANY_TOWN)
          // Open data and feeds hold published, non-personal facts only: for anyone.
          .grant(EXPORT_OPEN_DATA, ANONYMOUS, ANY_TOWN)
          .grant(READ_FEEDS, ANONYMOUS, ANY_TOWN)
          .build();

  private PracticePermissions() {}
}
