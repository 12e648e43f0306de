package eu.cohesion.initiative.domain;

import static eu.cohesion.initiative.domain.InitiativeAction.ADD_MEASUREMENT;
import static eu.cohesion.initiative.domain.InitiativeAction.ANSWER_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_OWN_NOTIFICATIONS;
import static eu.cohesion.initiative.domain.InitiativeAction.CHANGE_STATUS;
import static eu.cohesion.initiative.domain.InitiativeAction.CLOSE_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.CREATE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.DELETE_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EDIT_INITIATIVE;
import static eu.cohesion.initiative.domain.InitiativeAction.EXPORT_OWN_DATA;
import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_INDICATORS;
import static eu.cohesion.initiative.domain.InitiativeAction.MANAGE_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.MODERATE_SURVEY_QUOTES;
import static eu.cohesion.initiative.domain.InitiativeAction.OPEN_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.SUBMIT_REVIEW;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_ADMIN_AUDIT;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVES;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_INITIATIVE_STATISTICS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_OWN_NOTIFICATIONS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_PUBLIC_SURVEY_RESULTS;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY;
import static eu.cohesion.initiative.domain.InitiativeAction.VIEW_SURVEY_RESULTS;
import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.INTEGRATION_READER;
import static eu.cohesion.kit.security.Role.INTEGRATION_WRITER;
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
          // Notifications: every person with a login reads and marks their own, nobody else's
          // (the use cases read only rows of the caller's subject); a service account is no person.
          .grant(VIEW_OWN_NOTIFICATIONS, PANEL_MEMBER, ANY_TOWN)
          .grant(VIEW_OWN_NOTIFICATIONS, CITY_COORDINATOR, ANY_TOWN)
          .grant(VIEW_OWN_NOTIFICATIONS, NETWORK_ADMIN, ANY_TOWN)
          .grant(CHANGE_OWN_NOTIFICATIONS, PANEL_MEMBER, ANY_TOWN)
          .grant(CHANGE_OWN_NOTIFICATIONS, CITY_COORDINATOR, ANY_TOWN)
          .grant(CHANGE_OWN_NOTIFICATIONS, NETWORK_ADMIN, ANY_TOWN)
          // Indicators: the town's coordinator defines them; its statistics office only measures.
          .grant(MANAGE_INDICATORS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(MANAGE_INDICATORS, NETWORK_ADMIN, ANY_TOWN)
          .grant(ADD_MEASUREMENT, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(ADD_MEASUREMENT, NETWORK_ADMIN, ANY_TOWN)
          .grant(ADD_MEASUREMENT, INTEGRATION_WRITER, OWN_TOWN_ONLY)
          // Residents' feedback (survey): insiders of the town see and run it; every caller
          // (anonymous included) may answer an open survey and see results once public.
          .grant(VIEW_SURVEY, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_SURVEY, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_SURVEY, NETWORK_ADMIN, ANY_TOWN)
          .grant(MANAGE_SURVEY, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(MANAGE_SURVEY, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_SURVEY_RESULTS, PANEL_MEMBER, OWN_TOWN_ONLY)
          .grant(VIEW_SURVEY_RESULTS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_SURVEY_RESULTS, NETWORK_ADMIN, ANY_TOWN)
          .grant(MODERATE_SURVEY_QUOTES, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(MODERATE_SURVEY_QUOTES, NETWORK_ADMIN, ANY_TOWN)
          .grant(ANSWER_SURVEY, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_PUBLIC_SURVEY_RESULTS, ANONYMOUS, ANY_TOWN)
          // reviews: coordinators run their own town's rounds; members review their own town's.
          .grant(OPEN_REVIEW_ROUND, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(OPEN_REVIEW_ROUND, NETWORK_ADMIN, ANY_TOWN)
          .grant(CLOSE_REVIEW_ROUND, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(CLOSE_REVIEW_ROUND, NETWORK_ADMIN, ANY_TOWN)
          .grant(SUBMIT_REVIEW, PANEL_MEMBER, OWN_TOWN_ONLY)
          // Initiative content: written by whoever may create initiatives in the town.
          .grant(EDIT_INITIATIVE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_INITIATIVE, NETWORK_ADMIN, ANY_TOWN)
          .grant(DELETE_INITIATIVE, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(DELETE_INITIATIVE, NETWORK_ADMIN, ANY_TOWN)
          // Counts of initiatives say nothing of a person, and no draft is counted: public.
          .grant(VIEW_INITIATIVE_STATISTICS, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_ADMIN_AUDIT, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private InitiativePermissions() {}
}
