package eu.cohesion.panel.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.ADD_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.CANCEL_SESSION;
import static eu.cohesion.panel.domain.PanelAction.CHANGE_PANEL_STATUS;
import static eu.cohesion.panel.domain.PanelAction.CHANGE_SESSION;
import static eu.cohesion.panel.domain.PanelAction.CONFIRM_DRAW;
import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.EDIT_BALANCE_RULES;
import static eu.cohesion.panel.domain.PanelAction.EDIT_CITY;
import static eu.cohesion.panel.domain.PanelAction.EDIT_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.EDIT_PANEL;
import static eu.cohesion.panel.domain.PanelAction.ERASE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.EXPORT_OWN_DATA;
import static eu.cohesion.panel.domain.PanelAction.HOLD_SESSION;
import static eu.cohesion.panel.domain.PanelAction.IMPORT_POOL;
import static eu.cohesion.panel.domain.PanelAction.INVITE_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.LINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.MANAGE_POOL;
import static eu.cohesion.panel.domain.PanelAction.PLAN_SESSION;
import static eu.cohesion.panel.domain.PanelAction.RECORD_ATTENDANCE;
import static eu.cohesion.panel.domain.PanelAction.RECORD_CONSENT;
import static eu.cohesion.panel.domain.PanelAction.REMOVE_MEMBER;
import static eu.cohesion.panel.domain.PanelAction.RUN_DRAW;
import static eu.cohesion.panel.domain.PanelAction.SEARCH_MEMBER_ACCOUNTS;
import static eu.cohesion.panel.domain.PanelAction.UNLINK_MEMBER_ACCOUNT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_ADMIN_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_BALANCE_DETAIL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_BALANCE_RULES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_CITIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_DRAW_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_MEMBERS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_NETWORK_COMPOSITION;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PERSONAL_DATA_AUDIT;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POOL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_POPULATION_GROUPS;
import static eu.cohesion.panel.domain.PanelAction.VIEW_SESSIONS;
import static eu.cohesion.panel.domain.PanelAction.WITHDRAW_CONSENT;

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
          // The detail adds mandate and term, public facts; members stay counts.
          .grant(VIEW_PANEL, ANONYMOUS, ANY_TOWN)
          .grant(CREATE_PANEL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CREATE_PANEL, NETWORK_ADMIN, ANY_TOWN)
          .grant(ADD_MEMBER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(ADD_MEMBER, NETWORK_ADMIN, ANY_TOWN)
          // Members' names, organisations and population groups are personal data: their own
          // town's panel members and coordinators see them, the public and integrations never.
          .grant(VIEW_MEMBERS, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_MEMBERS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_MEMBERS, NETWORK_ADMIN, ANY_TOWN)
          .grant(EDIT_PANEL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_PANEL, NETWORK_ADMIN, ANY_TOWN)
          .grant(CHANGE_PANEL_STATUS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CHANGE_PANEL_STATUS, NETWORK_ADMIN, ANY_TOWN)
          // Population groups are sensitive: those who balance the panel see them, fellow
          // members do not, so a member's declaration is not exposed to the people they sit with.
          .grant(VIEW_POPULATION_GROUPS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_POPULATION_GROUPS, NETWORK_ADMIN, ANY_TOWN)
          .grant(EDIT_MEMBER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_MEMBER, NETWORK_ADMIN, ANY_TOWN)
          .grant(REMOVE_MEMBER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(REMOVE_MEMBER, NETWORK_ADMIN, ANY_TOWN)
          .grant(RECORD_CONSENT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(RECORD_CONSENT, NETWORK_ADMIN, ANY_TOWN)
          .grant(WITHDRAW_CONSENT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(WITHDRAW_CONSENT, NETWORK_ADMIN, ANY_TOWN)
          // Sessions name attendees by member id and carry minutes: the town's panel, not the
          // public (the public learns what a panel decided through its initiatives).
          .grant(VIEW_SESSIONS, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_SESSIONS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_SESSIONS, NETWORK_ADMIN, ANY_TOWN)
          .grant(PLAN_SESSION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(PLAN_SESSION, NETWORK_ADMIN, ANY_TOWN)
          .grant(CHANGE_SESSION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CHANGE_SESSION, NETWORK_ADMIN, ANY_TOWN)
          .grant(RECORD_ATTENDANCE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(RECORD_ATTENDANCE, NETWORK_ADMIN, ANY_TOWN)
          .grant(HOLD_SESSION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(HOLD_SESSION, NETWORK_ADMIN, ANY_TOWN)
          .grant(CANCEL_SESSION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CANCEL_SESSION, NETWORK_ADMIN, ANY_TOWN)
          // Every person with a login may have their own data, wherever their town is; an
          // integration's service account is no person.
          .grant(EXPORT_OWN_DATA, PANEL_MEMBER, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, CITY_COORDINATOR, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, NETWORK_ADMIN, ANY_TOWN)
          .grant(ERASE_MEMBER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(ERASE_MEMBER, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_PERSONAL_DATA_AUDIT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_PERSONAL_DATA_AUDIT, NETWORK_ADMIN, ANY_TOWN)
          // Who changed what across every town: the network admin, who answers for the network.
          .grant(VIEW_ADMIN_AUDIT, NETWORK_ADMIN, ANY_TOWN)
          // The network's reference data and rules: the network admin keeps them.
          .grant(EDIT_CITY, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_BALANCE_RULES, ANONYMOUS, ANY_TOWN)
          .grant(EDIT_BALANCE_RULES, NETWORK_ADMIN, ANY_TOWN)
          // Full group counts are for those who recruit the panel, not for its members: a count
          // of 1 next to a member list would name the person.
          .grant(VIEW_BALANCE_DETAIL, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_BALANCE_DETAIL, NETWORK_ADMIN, ANY_TOWN)
          // The public portal's figures: aggregates only, every count below 5 withheld.
          .grant(VIEW_NETWORK_COMPOSITION, ANONYMOUS, ANY_TOWN)
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
          // Member accounts: who recruits the panel gives its members their logins, and only
          // accounts of the panel's own town (panel-service checks the account's city itself).
          .grant(SEARCH_MEMBER_ACCOUNTS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(SEARCH_MEMBER_ACCOUNTS, NETWORK_ADMIN, ANY_TOWN)
          .grant(LINK_MEMBER_ACCOUNT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(LINK_MEMBER_ACCOUNT, NETWORK_ADMIN, ANY_TOWN)
          .grant(UNLINK_MEMBER_ACCOUNT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(UNLINK_MEMBER_ACCOUNT, NETWORK_ADMIN, ANY_TOWN)
          .grant(INVITE_MEMBER_ACCOUNT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(INVITE_MEMBER_ACCOUNT, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private PanelPermissions() {}
}
