package eu.cohesion.panel.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.EDIT_BALANCE_RULES;
import static eu.cohesion.panel.domain.PanelAction.EDIT_CITY;
import static eu.cohesion.panel.domain.PanelAction.VIEW_BALANCE_DETAIL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_BALANCE_RULES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_CITIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;

import eu.cohesion.kit.security.PermissionTable;

/**
 * The one authorisation table of the panel service. Every caller also holds the anonymous row, so
 * the public actions need only that row.
 */
public final class PanelPermissions {

  public static final PermissionTable<PanelAction> TABLE =
      PermissionTable.of(PanelAction.class)
          .grant(VIEW_CITIES, ANONYMOUS, ANY_TOWN)
          // Summaries carry no personal data, so the public sees every town's panels.
          .grant(VIEW_PANEL_SUMMARIES, ANONYMOUS, ANY_TOWN)
          .grant(CREATE_PANEL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CREATE_PANEL, NETWORK_ADMIN, ANY_TOWN)
          .grant(ADD_MEMBER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(ADD_MEMBER, NETWORK_ADMIN, ANY_TOWN)
          // Members' names, organisations and population groups are personal data: their own
          // town's panel members and coordinators see them, the public and integrations never.
          .grant(VIEW_MEMBERS, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_MEMBERS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_MEMBERS, NETWORK_ADMIN, ANY_TOWN)
          // The network's reference data and rules: the network admin keeps them.
          .grant(EDIT_CITY, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_BALANCE_RULES, ANONYMOUS, ANY_TOWN)
          .grant(EDIT_BALANCE_RULES, NETWORK_ADMIN, ANY_TOWN)
          // Full group counts are for those who recruit the panel, not for its members: a count
          // of 1 next to a member list would name the person.
          .grant(VIEW_BALANCE_DETAIL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_BALANCE_DETAIL, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private PanelPermissions() {}
}
