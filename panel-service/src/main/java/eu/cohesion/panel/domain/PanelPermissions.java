package eu.cohesion.panel.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.CONFIRM_DRAW;
import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.IMPORT_POOL;
import static eu.cohesion.panel.domain.PanelAction.MANAGE_POOL;
import static eu.cohesion.panel.domain.PanelAction.RUN_DRAW;
import static eu.cohesion.panel.domain.PanelAction.VIEW_CITIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_DRAW_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;

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
          // Candidates are people who have not joined anything: their names, contacts and
          // features are for the town's coordinators and the network admin only, not even for the
          // panel's members.
          .grant(VIEW_POOL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_POOL, NETWORK_ADMIN, ANY_TOWN)
          .grant(MANAGE_POOL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(MANAGE_POOL, NETWORK_ADMIN, ANY_TOWN)
          .grant(IMPORT_POOL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(IMPORT_POOL, NETWORK_ADMIN, ANY_TOWN)
          .grant(RUN_DRAW, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(RUN_DRAW, NETWORK_ADMIN, ANY_TOWN)
          .grant(CONFIRM_DRAW, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CONFIRM_DRAW, NETWORK_ADMIN, ANY_TOWN)
          // A confirmed draw is published so that anyone can check it was fair: seed, inputs
          // digest, algorithm version and probabilities keyed by candidate id, never a name.
          .grant(VIEW_DRAW_AUDIT, ANONYMOUS, ANY_TOWN)
          .build();

  private PanelPermissions() {}
}
