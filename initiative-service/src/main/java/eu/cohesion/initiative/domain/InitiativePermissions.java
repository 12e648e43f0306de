package eu.cohesion.initiative.domain;

import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;
import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.DELETE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EDIT_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EXPORT_OWN_DATA;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;
import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.INTEGRATION_READER;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;

import eu.cohesion.kit.security.PermissionTable;

/**
 * The one authorisation table of the initiative service. Initiatives are not public: members and
 * coordinators see their own town's, integration clients read every town's, and only a town's
 * coordinator (or a network admin) creates and moves them.
 */
public final class InitiativePermissions {

  public static final PermissionTable<InitiativeAction> TABLE =
      PermissionTable.of(InitiativeAction.class)
          .grant(VIEW_INITIATIVES, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_INITIATIVES, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_INITIATIVES, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_INITIATIVES, INTEGRATION_READER, ANY_TOWN)
          .grant(CREATE_INITIATIVE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CREATE_INITIATIVE, NETWORK_ADMIN, ANY_TOWN)
          .grant(CHANGE_STATUS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CHANGE_STATUS, NETWORK_ADMIN, ANY_TOWN)
          // Every person with a login may have their own data; a service account is no person.
          .grant(EXPORT_OWN_DATA, PANEL_MEMBER, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, CITY_COORDINATOR, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, NETWORK_ADMIN, ANY_TOWN)
          // Initiative content: written by whoever may create initiatives in the town.
          .grant(EDIT_INITIATIVE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_INITIATIVE, NETWORK_ADMIN, ANY_TOWN)
          .grant(DELETE_INITIATIVE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(DELETE_INITIATIVE, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private InitiativePermissions() {}
}
