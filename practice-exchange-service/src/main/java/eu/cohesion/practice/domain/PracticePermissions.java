package eu.cohesion.practice.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;
import static eu.cohesion.practice.domain.PracticeAction.ASK_QUESTION;
import static eu.cohesion.practice.domain.PracticeAction.COMMENT_ON_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OWN_DATA;
import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;
import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.REPLY_TO_POST;
import static eu.cohesion.practice.domain.PracticeAction.REPORT_POST;
import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DISCUSSION;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_HIDDEN_POSTS;
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
          // Discussion (docs/discussion.md): anyone reads the visible posts of a published
          // practice; members and coordinators of every town ask, comment, reply and report, but
          // only the practice's own town (or the network) marks an answer; only the network
          // admin moderates and reads what was hidden.
          .grant(VIEW_DISCUSSION, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_HIDDEN_POSTS, NETWORK_ADMIN, ANY_TOWN)
          .grant(ASK_QUESTION, PANEL_MEMBER, ANY_TOWN)
          .grant(ASK_QUESTION, CITY_COORDINATOR, ANY_TOWN)
          .grant(ASK_QUESTION, NETWORK_ADMIN, ANY_TOWN)
          .grant(COMMENT_ON_PRACTICE, PANEL_MEMBER, ANY_TOWN)
          .grant(COMMENT_ON_PRACTICE, CITY_COORDINATOR, ANY_TOWN)
          .grant(COMMENT_ON_PRACTICE, NETWORK_ADMIN, ANY_TOWN)
          .grant(REPLY_TO_POST, PANEL_MEMBER, ANY_TOWN)
          .grant(REPLY_TO_POST, CITY_COORDINATOR, ANY_TOWN)
          .grant(REPLY_TO_POST, NETWORK_ADMIN, ANY_TOWN)
          .grant(MARK_ANSWER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(MARK_ANSWER, NETWORK_ADMIN, ANY_TOWN)
          .grant(REPORT_POST, PANEL_MEMBER, ANY_TOWN)
          .grant(REPORT_POST, CITY_COORDINATOR, ANY_TOWN)
          .grant(REPORT_POST, NETWORK_ADMIN, ANY_TOWN)
          .grant(MODERATE_POSTS, NETWORK_ADMIN, ANY_TOWN)
          // Every signed-in person downloads what this service holds about them (their posts).
          .grant(EXPORT_OWN_DATA, PANEL_MEMBER, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, CITY_COORDINATOR, ANY_TOWN)
          .grant(EXPORT_OWN_DATA, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private PracticePermissions() {}
}
