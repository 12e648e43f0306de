package eu.cohesion.practice.domain;

import static eu.cohesion.kit.security.PermissionTable.ANY_TOWN;
import static eu.cohesion.kit.security.PermissionTable.OWN_TOWN_ONLY;
import static eu.cohesion.kit.security.Role.ANONYMOUS;
import static eu.cohesion.kit.security.Role.CITY_COORDINATOR;
import static eu.cohesion.kit.security.Role.INTEGRATION_READER;
import static eu.cohesion.kit.security.Role.NETWORK_ADMIN;
import static eu.cohesion.kit.security.Role.PANEL_MEMBER;
import static eu.cohesion.practice.domain.PracticeAction.ANSWER_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.ASK_QUESTION;
import static eu.cohesion.practice.domain.PracticeAction.COMMENT_ON_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.EDIT_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.ENDORSE_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OPEN_DATA;
import static eu.cohesion.practice.domain.PracticeAction.EXPORT_OWN_DATA;
import static eu.cohesion.practice.domain.PracticeAction.FOLLOW;
import static eu.cohesion.practice.domain.PracticeAction.MANAGE_WEBHOOKS;
import static eu.cohesion.practice.domain.PracticeAction.MARK_ANSWER;
import static eu.cohesion.practice.domain.PracticeAction.MODERATE_POSTS;
import static eu.cohesion.practice.domain.PracticeAction.MOVE_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.READ_FEEDS;
import static eu.cohesion.practice.domain.PracticeAction.REGISTER_TRANSFER;
import static eu.cohesion.practice.domain.PracticeAction.REPLY_TO_POST;
import static eu.cohesion.practice.domain.PracticeAction.REPORT_POST;
import static eu.cohesion.practice.domain.PracticeAction.RETURN_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.REVISE_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.REVISE_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.SEE_EVERY_WEBHOOK;
import static eu.cohesion.practice.domain.PracticeAction.SUBMIT_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.UNFOLLOW;
import static eu.cohesion.practice.domain.PracticeAction.UNPUBLISH_PRACTICE;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_ADMIN_AUDIT;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DISCUSSION;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_FINDINGS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_RECOMMENDATIONS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_HIDDEN_POSTS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_NETWORK_REPORT;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_FINDINGS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_RECOMMENDATIONS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_TRANSFERS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_WEBHOOKS;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_RECOMMENDATION;

import eu.cohesion.kit.security.PermissionTable;
import eu.cohesion.kit.security.Scope;
import java.util.EnumSet;

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
          // Transfers (docs/transfers.md). Where a published practice travelled is as public as
          // the practice; the author's id is never shown, so the network admin sees what all see.
          .grant(VIEW_TRANSFERS, ANONYMOUS, ANY_TOWN)
          // The town is the practice's: a coordinator registers interest in another town's
          // practice only, for its own town, and never edits that practice.
          .grant(REGISTER_TRANSFER, CITY_COORDINATOR, EnumSet.of(Scope.OTHER_TOWN))
          // The town is the adopting one: only its coordinator moves its transfer.
          .grant(MOVE_TRANSFER, CITY_COORDINATOR, OWN_TOWN_ONLY)
          // The town is the practice's: its coordinator answers, but moves nothing.
          .grant(ANSWER_TRANSFER, CITY_COORDINATOR, OWN_TOWN_ONLY)
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
          // Webhooks (docs/webhooks.md): integration clients subscribe to public events; each sees
          // and changes only its own subscriptions (checked by the use case), the network admin
          // all.
          .grant(VIEW_WEBHOOKS, INTEGRATION_READER, ANY_TOWN)
          .grant(VIEW_WEBHOOKS, NETWORK_ADMIN, ANY_TOWN)
          .grant(MANAGE_WEBHOOKS, INTEGRATION_READER, ANY_TOWN)
          .grant(MANAGE_WEBHOOKS, NETWORK_ADMIN, ANY_TOWN)
          .grant(SEE_EVERY_WEBHOOK, NETWORK_ADMIN, ANY_TOWN)
          // Open data and feeds hold published, non-personal facts only: for anyone.
          .grant(EXPORT_OPEN_DATA, ANONYMOUS, ANY_TOWN)
          .grant(READ_FEEDS, ANONYMOUS, ANY_TOWN)
          // Following is personal: every signed-in person follows practices of any town and
          // themes; a machine client has no inbox to be told in.
          .grant(FOLLOW, PANEL_MEMBER, ANY_TOWN)
          .grant(FOLLOW, CITY_COORDINATOR, ANY_TOWN)
          .grant(FOLLOW, NETWORK_ADMIN, ANY_TOWN)
          .grant(UNFOLLOW, PANEL_MEMBER, ANY_TOWN)
          .grant(UNFOLLOW, CITY_COORDINATOR, ANY_TOWN)
          .grant(UNFOLLOW, NETWORK_ADMIN, ANY_TOWN)
          // Common findings and recommendations (docs/findings.md): published ones are for the
          // larger audience. The network admin writes, publishes and withdraws them; a town's
          // coordinator proposes drafts for its own town (the town is the proposer's) and keeps
          // editing them until the network admin publishes; once published only the network admin
          // revises. A coordinator endorses a published recommendation for its own town only.
          .grant(VIEW_PUBLISHED_FINDINGS, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_DRAFT_FINDINGS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_DRAFT_FINDINGS, NETWORK_ADMIN, ANY_TOWN)
          .grant(WRITE_FINDING, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(WRITE_FINDING, NETWORK_ADMIN, ANY_TOWN)
          .grant(EDIT_FINDING, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_FINDING, NETWORK_ADMIN, ANY_TOWN)
          .grant(REVISE_FINDING, NETWORK_ADMIN, ANY_TOWN)
          .grant(PUBLISH_FINDING, NETWORK_ADMIN, ANY_TOWN)
          .grant(WITHDRAW_FINDING, NETWORK_ADMIN, ANY_TOWN)
          .grant(VIEW_PUBLISHED_RECOMMENDATIONS, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_DRAFT_RECOMMENDATIONS, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(VIEW_DRAFT_RECOMMENDATIONS, NETWORK_ADMIN, ANY_TOWN)
          .grant(WRITE_RECOMMENDATION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(WRITE_RECOMMENDATION, NETWORK_ADMIN, ANY_TOWN)
          .grant(EDIT_RECOMMENDATION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          .grant(EDIT_RECOMMENDATION, NETWORK_ADMIN, ANY_TOWN)
          .grant(REVISE_RECOMMENDATION, NETWORK_ADMIN, ANY_TOWN)
          .grant(PUBLISH_RECOMMENDATION, NETWORK_ADMIN, ANY_TOWN)
          .grant(WITHDRAW_RECOMMENDATION, NETWORK_ADMIN, ANY_TOWN)
          .grant(ENDORSE_RECOMMENDATION, CITY_COORDINATOR, OWN_TOWN_ONLY)
          // The network report (docs/report.md) prints published, non-personal facts and the
          // panels' public aggregates only: for anyone.
          .grant(VIEW_NETWORK_REPORT, ANONYMOUS, ANY_TOWN)
          .grant(VIEW_ADMIN_AUDIT, NETWORK_ADMIN, ANY_TOWN)
          .build();

  private PracticePermissions() {}
}
