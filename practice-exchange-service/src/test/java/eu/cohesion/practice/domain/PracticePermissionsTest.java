package eu.cohesion.practice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.security.Scope;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation table as a full matrix: every action × role × scope, written out here
 * independently of the table, so that any change to who may do what shows up as a failing row.
 */
class PracticePermissionsTest {

  private static final Set<String> COVERED = new HashSet<>();

  @ParameterizedTest(name = "{0} by {1} in {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_PUBLISHED_PRACTICES | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PUBLISHED_PRACTICES | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PUBLISHED_PRACTICES | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PUBLISHED_PRACTICES | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PUBLISHED_PRACTICES | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PUBLISHED_PRACTICES | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PUBLISHED_PRACTICES | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PUBLISHED_PRACTICES | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PUBLISHED_PRACTICES | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PUBLISHED_PRACTICES | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_DRAFT_PRACTICES     | ANONYMOUS          | OWN_TOWN   | false
          VIEW_DRAFT_PRACTICES     | ANONYMOUS          | OTHER_TOWN | false
          VIEW_DRAFT_PRACTICES     | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_DRAFT_PRACTICES     | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_DRAFT_PRACTICES     | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_DRAFT_PRACTICES     | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_DRAFT_PRACTICES     | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_DRAFT_PRACTICES     | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_PRACTICE            | ANONYMOUS          | OWN_TOWN   | false
          EDIT_PRACTICE            | ANONYMOUS          | OTHER_TOWN | false
          EDIT_PRACTICE            | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_PRACTICE            | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_PRACTICE            | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_PRACTICE            | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_PRACTICE            | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_PRACTICE            | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_PRACTICE            | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_PRACTICE            | INTEGRATION_READER | OTHER_TOWN | false
          SEARCH_PRACTICES         | ANONYMOUS          | OWN_TOWN   | true
          SEARCH_PRACTICES         | ANONYMOUS          | OTHER_TOWN | true
          SEARCH_PRACTICES         | PANEL_MEMBER       | OWN_TOWN   | false
          SEARCH_PRACTICES         | PANEL_MEMBER       | OTHER_TOWN | false
          SEARCH_PRACTICES         | CITY_COORDINATOR   | OWN_TOWN   | false
          SEARCH_PRACTICES         | CITY_COORDINATOR   | OTHER_TOWN | false
          SEARCH_PRACTICES         | NETWORK_ADMIN      | OWN_TOWN   | false
          SEARCH_PRACTICES         | NETWORK_ADMIN      | OTHER_TOWN | false
          SEARCH_PRACTICES         | INTEGRATION_READER | OWN_TOWN   | false
          SEARCH_PRACTICES         | INTEGRATION_READER | OTHER_TOWN | false
          PUBLISH_PRACTICE         | ANONYMOUS          | OWN_TOWN   | false
          PUBLISH_PRACTICE         | ANONYMOUS          | OTHER_TOWN | false
          PUBLISH_PRACTICE         | PANEL_MEMBER       | OWN_TOWN   | false
          PUBLISH_PRACTICE         | PANEL_MEMBER       | OTHER_TOWN | false
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | OWN_TOWN   | false
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | OTHER_TOWN | false
          PUBLISH_PRACTICE         | NETWORK_ADMIN      | OWN_TOWN   | true
          PUBLISH_PRACTICE         | NETWORK_ADMIN      | OTHER_TOWN | true
          PUBLISH_PRACTICE         | INTEGRATION_READER | OWN_TOWN   | false
          PUBLISH_PRACTICE         | INTEGRATION_READER | OTHER_TOWN | false
          SUBMIT_PRACTICE          | ANONYMOUS          | OWN_TOWN   | false
          SUBMIT_PRACTICE          | ANONYMOUS          | OTHER_TOWN | false
          SUBMIT_PRACTICE          | PANEL_MEMBER       | OWN_TOWN   | false
          SUBMIT_PRACTICE          | PANEL_MEMBER       | OTHER_TOWN | false
          SUBMIT_PRACTICE          | CITY_COORDINATOR   | OWN_TOWN   | true
          SUBMIT_PRACTICE          | CITY_COORDINATOR   | OTHER_TOWN | false
          SUBMIT_PRACTICE          | NETWORK_ADMIN      | OWN_TOWN   | false
          SUBMIT_PRACTICE          | NETWORK_ADMIN      | OTHER_TOWN | false
          SUBMIT_PRACTICE          | INTEGRATION_READER | OWN_TOWN   | false
          SUBMIT_PRACTICE          | INTEGRATION_READER | OTHER_TOWN | false
          RETURN_PRACTICE          | ANONYMOUS          | OWN_TOWN   | false
          RETURN_PRACTICE          | ANONYMOUS          | OTHER_TOWN | false
          RETURN_PRACTICE          | PANEL_MEMBER       | OWN_TOWN   | false
          RETURN_PRACTICE          | PANEL_MEMBER       | OTHER_TOWN | false
          RETURN_PRACTICE          | CITY_COORDINATOR   | OWN_TOWN   | false
          RETURN_PRACTICE          | CITY_COORDINATOR   | OTHER_TOWN | false
          RETURN_PRACTICE          | NETWORK_ADMIN      | OWN_TOWN   | true
          RETURN_PRACTICE          | NETWORK_ADMIN      | OTHER_TOWN | true
          RETURN_PRACTICE          | INTEGRATION_READER | OWN_TOWN   | false
          RETURN_PRACTICE          | INTEGRATION_READER | OTHER_TOWN | false
          UNPUBLISH_PRACTICE       | ANONYMOUS          | OWN_TOWN   | false
          UNPUBLISH_PRACTICE       | ANONYMOUS          | OTHER_TOWN | false
          UNPUBLISH_PRACTICE       | PANEL_MEMBER       | OWN_TOWN   | false
          UNPUBLISH_PRACTICE       | PANEL_MEMBER       | OTHER_TOWN | false
          UNPUBLISH_PRACTICE       | CITY_COORDINATOR   | OWN_TOWN   | false
          UNPUBLISH_PRACTICE       | CITY_COORDINATOR   | OTHER_TOWN | false
          UNPUBLISH_PRACTICE       | NETWORK_ADMIN      | OWN_TOWN   | true
          UNPUBLISH_PRACTICE       | NETWORK_ADMIN      | OTHER_TOWN | true
          UNPUBLISH_PRACTICE       | INTEGRATION_READER | OWN_TOWN   | false
          UNPUBLISH_PRACTICE       | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_TRANSFERS           | ANONYMOUS          | OWN_TOWN   | true
          VIEW_TRANSFERS           | ANONYMOUS          | OTHER_TOWN | true
          VIEW_TRANSFERS           | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_TRANSFERS           | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_TRANSFERS           | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_TRANSFERS           | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_TRANSFERS           | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_TRANSFERS           | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_TRANSFERS           | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_TRANSFERS           | INTEGRATION_READER | OTHER_TOWN | false
          REGISTER_TRANSFER        | ANONYMOUS          | OWN_TOWN   | false
          REGISTER_TRANSFER        | ANONYMOUS          | OTHER_TOWN | false
          REGISTER_TRANSFER        | PANEL_MEMBER       | OWN_TOWN   | false
          REGISTER_TRANSFER        | PANEL_MEMBER       | OTHER_TOWN | false
          REGISTER_TRANSFER        | CITY_COORDINATOR   | OWN_TOWN   | false
          REGISTER_TRANSFER        | CITY_COORDINATOR   | OTHER_TOWN | true
          REGISTER_TRANSFER        | NETWORK_ADMIN      | OWN_TOWN   | false
          REGISTER_TRANSFER        | NETWORK_ADMIN      | OTHER_TOWN | false
          REGISTER_TRANSFER        | INTEGRATION_READER | OWN_TOWN   | false
          REGISTER_TRANSFER        | INTEGRATION_READER | OTHER_TOWN | false
          MOVE_TRANSFER            | ANONYMOUS          | OWN_TOWN   | false
          MOVE_TRANSFER            | ANONYMOUS          | OTHER_TOWN | false
          MOVE_TRANSFER            | PANEL_MEMBER       | OWN_TOWN   | false
          MOVE_TRANSFER            | PANEL_MEMBER       | OTHER_TOWN | false
          MOVE_TRANSFER            | CITY_COORDINATOR   | OWN_TOWN   | true
          MOVE_TRANSFER            | CITY_COORDINATOR   | OTHER_TOWN | false
          MOVE_TRANSFER            | NETWORK_ADMIN      | OWN_TOWN   | false
          MOVE_TRANSFER            | NETWORK_ADMIN      | OTHER_TOWN | false
          MOVE_TRANSFER            | INTEGRATION_READER | OWN_TOWN   | false
          MOVE_TRANSFER            | INTEGRATION_READER | OTHER_TOWN | false
          ANSWER_TRANSFER          | ANONYMOUS          | OWN_TOWN   | false
          ANSWER_TRANSFER          | ANONYMOUS          | OTHER_TOWN | false
          ANSWER_TRANSFER          | PANEL_MEMBER       | OWN_TOWN   | false
          ANSWER_TRANSFER          | PANEL_MEMBER       | OTHER_TOWN | false
          ANSWER_TRANSFER          | CITY_COORDINATOR   | OWN_TOWN   | true
          ANSWER_TRANSFER          | CITY_COORDINATOR   | OTHER_TOWN | false
          ANSWER_TRANSFER          | NETWORK_ADMIN      | OWN_TOWN   | false
          ANSWER_TRANSFER          | NETWORK_ADMIN      | OTHER_TOWN | false
          ANSWER_TRANSFER          | INTEGRATION_READER | OWN_TOWN   | false
          ANSWER_TRANSFER          | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_DISCUSSION          | ANONYMOUS          | OWN_TOWN   | true
          VIEW_DISCUSSION          | ANONYMOUS          | OTHER_TOWN | true
          VIEW_DISCUSSION          | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_DISCUSSION          | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_DISCUSSION          | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_DISCUSSION          | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_DISCUSSION          | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_DISCUSSION          | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_DISCUSSION          | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_DISCUSSION          | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_HIDDEN_POSTS        | ANONYMOUS          | OWN_TOWN   | false
          VIEW_HIDDEN_POSTS        | ANONYMOUS          | OTHER_TOWN | false
          VIEW_HIDDEN_POSTS        | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_HIDDEN_POSTS        | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_HIDDEN_POSTS        | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_HIDDEN_POSTS        | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_HIDDEN_POSTS        | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_HIDDEN_POSTS        | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_HIDDEN_POSTS        | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_HIDDEN_POSTS        | INTEGRATION_READER | OTHER_TOWN | false
          ASK_QUESTION             | ANONYMOUS          | OWN_TOWN   | false
          ASK_QUESTION             | ANONYMOUS          | OTHER_TOWN | false
          ASK_QUESTION             | PANEL_MEMBER       | OWN_TOWN   | true
          ASK_QUESTION             | PANEL_MEMBER       | OTHER_TOWN | true
          ASK_QUESTION             | CITY_COORDINATOR   | OWN_TOWN   | true
          ASK_QUESTION             | CITY_COORDINATOR   | OTHER_TOWN | true
          ASK_QUESTION             | NETWORK_ADMIN      | OWN_TOWN   | true
          ASK_QUESTION             | NETWORK_ADMIN      | OTHER_TOWN | true
          ASK_QUESTION             | INTEGRATION_READER | OWN_TOWN   | false
          ASK_QUESTION             | INTEGRATION_READER | OTHER_TOWN | false
          COMMENT_ON_PRACTICE      | ANONYMOUS          | OWN_TOWN   | false
          COMMENT_ON_PRACTICE      | ANONYMOUS          | OTHER_TOWN | false
          COMMENT_ON_PRACTICE      | PANEL_MEMBER       | OWN_TOWN   | true
          COMMENT_ON_PRACTICE      | PANEL_MEMBER       | OTHER_TOWN | true
          COMMENT_ON_PRACTICE      | CITY_COORDINATOR   | OWN_TOWN   | true
          COMMENT_ON_PRACTICE      | CITY_COORDINATOR   | OTHER_TOWN | true
          COMMENT_ON_PRACTICE      | NETWORK_ADMIN      | OWN_TOWN   | true
          COMMENT_ON_PRACTICE      | NETWORK_ADMIN      | OTHER_TOWN | true
          COMMENT_ON_PRACTICE      | INTEGRATION_READER | OWN_TOWN   | false
          COMMENT_ON_PRACTICE      | INTEGRATION_READER | OTHER_TOWN | false
          REPLY_TO_POST            | ANONYMOUS          | OWN_TOWN   | false
          REPLY_TO_POST            | ANONYMOUS          | OTHER_TOWN | false
          REPLY_TO_POST            | PANEL_MEMBER       | OWN_TOWN   | true
          REPLY_TO_POST            | PANEL_MEMBER       | OTHER_TOWN | true
          REPLY_TO_POST            | CITY_COORDINATOR   | OWN_TOWN   | true
          REPLY_TO_POST            | CITY_COORDINATOR   | OTHER_TOWN | true
          REPLY_TO_POST            | NETWORK_ADMIN      | OWN_TOWN   | true
          REPLY_TO_POST            | NETWORK_ADMIN      | OTHER_TOWN | true
          REPLY_TO_POST            | INTEGRATION_READER | OWN_TOWN   | false
          REPLY_TO_POST            | INTEGRATION_READER | OTHER_TOWN | false
          MARK_ANSWER              | ANONYMOUS          | OWN_TOWN   | false
          MARK_ANSWER              | ANONYMOUS          | OTHER_TOWN | false
          MARK_ANSWER              | PANEL_MEMBER       | OWN_TOWN   | false
          MARK_ANSWER              | PANEL_MEMBER       | OTHER_TOWN | false
          MARK_ANSWER              | CITY_COORDINATOR   | OWN_TOWN   | true
          MARK_ANSWER              | CITY_COORDINATOR   | OTHER_TOWN | false
          MARK_ANSWER              | NETWORK_ADMIN      | OWN_TOWN   | true
          MARK_ANSWER              | NETWORK_ADMIN      | OTHER_TOWN | true
          MARK_ANSWER              | INTEGRATION_READER | OWN_TOWN   | false
          MARK_ANSWER              | INTEGRATION_READER | OTHER_TOWN | false
          REPORT_POST              | ANONYMOUS          | OWN_TOWN   | false
          REPORT_POST              | ANONYMOUS          | OTHER_TOWN | false
          REPORT_POST              | PANEL_MEMBER       | OWN_TOWN   | true
          REPORT_POST              | PANEL_MEMBER       | OTHER_TOWN | true
          REPORT_POST              | CITY_COORDINATOR   | OWN_TOWN   | true
          REPORT_POST              | CITY_COORDINATOR   | OTHER_TOWN | true
          REPORT_POST              | NETWORK_ADMIN      | OWN_TOWN   | true
          REPORT_POST              | NETWORK_ADMIN      | OTHER_TOWN | true
          REPORT_POST              | INTEGRATION_READER | OWN_TOWN   | false
          REPORT_POST              | INTEGRATION_READER | OTHER_TOWN | false
          MODERATE_POSTS           | ANONYMOUS          | OWN_TOWN   | false
          MODERATE_POSTS           | ANONYMOUS          | OTHER_TOWN | false
          MODERATE_POSTS           | PANEL_MEMBER       | OWN_TOWN   | false
          MODERATE_POSTS           | PANEL_MEMBER       | OTHER_TOWN | false
          MODERATE_POSTS           | CITY_COORDINATOR   | OWN_TOWN   | false
          MODERATE_POSTS           | CITY_COORDINATOR   | OTHER_TOWN | false
          MODERATE_POSTS           | NETWORK_ADMIN      | OWN_TOWN   | true
          MODERATE_POSTS           | NETWORK_ADMIN      | OTHER_TOWN | true
          MODERATE_POSTS           | INTEGRATION_READER | OWN_TOWN   | false
          MODERATE_POSTS           | INTEGRATION_READER | OTHER_TOWN | false
          EXPORT_OWN_DATA          | ANONYMOUS          | OWN_TOWN   | false
          EXPORT_OWN_DATA          | ANONYMOUS          | OTHER_TOWN | false
          EXPORT_OWN_DATA          | PANEL_MEMBER       | OWN_TOWN   | true
          EXPORT_OWN_DATA          | PANEL_MEMBER       | OTHER_TOWN | true
          EXPORT_OWN_DATA          | CITY_COORDINATOR   | OWN_TOWN   | true
          EXPORT_OWN_DATA          | CITY_COORDINATOR   | OTHER_TOWN | true
          EXPORT_OWN_DATA          | NETWORK_ADMIN      | OWN_TOWN   | true
          EXPORT_OWN_DATA          | NETWORK_ADMIN      | OTHER_TOWN | true
          EXPORT_OWN_DATA          | INTEGRATION_READER | OWN_TOWN   | false
          EXPORT_OWN_DATA          | INTEGRATION_READER | OTHER_TOWN | false
          FOLLOW                   | ANONYMOUS          | OWN_TOWN   | false
          FOLLOW                   | ANONYMOUS          | OTHER_TOWN | false
          FOLLOW                   | PANEL_MEMBER       | OWN_TOWN   | true
          FOLLOW                   | PANEL_MEMBER       | OTHER_TOWN | true
          FOLLOW                   | CITY_COORDINATOR   | OWN_TOWN   | true
          FOLLOW                   | CITY_COORDINATOR   | OTHER_TOWN | true
          FOLLOW                   | NETWORK_ADMIN      | OWN_TOWN   | true
          FOLLOW                   | NETWORK_ADMIN      | OTHER_TOWN | true
          FOLLOW                   | INTEGRATION_READER | OWN_TOWN   | false
          FOLLOW                   | INTEGRATION_READER | OTHER_TOWN | false
          UNFOLLOW                 | ANONYMOUS          | OWN_TOWN   | false
          UNFOLLOW                 | ANONYMOUS          | OTHER_TOWN | false
          UNFOLLOW                 | PANEL_MEMBER       | OWN_TOWN   | true
          UNFOLLOW                 | PANEL_MEMBER       | OTHER_TOWN | true
          UNFOLLOW                 | CITY_COORDINATOR   | OWN_TOWN   | true
          UNFOLLOW                 | CITY_COORDINATOR   | OTHER_TOWN | true
          UNFOLLOW                 | NETWORK_ADMIN      | OWN_TOWN   | true
          UNFOLLOW                 | NETWORK_ADMIN      | OTHER_TOWN | true
          UNFOLLOW                 | INTEGRATION_READER | OWN_TOWN   | false
          UNFOLLOW                 | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_WEBHOOKS            | ANONYMOUS          | OWN_TOWN   | false
          VIEW_WEBHOOKS            | ANONYMOUS          | OTHER_TOWN | false
          VIEW_WEBHOOKS            | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_WEBHOOKS            | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_WEBHOOKS            | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_WEBHOOKS            | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_WEBHOOKS            | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_WEBHOOKS            | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_WEBHOOKS            | INTEGRATION_READER | OWN_TOWN   | true
          VIEW_WEBHOOKS            | INTEGRATION_READER | OTHER_TOWN | true
          MANAGE_WEBHOOKS          | ANONYMOUS          | OWN_TOWN   | false
          MANAGE_WEBHOOKS          | ANONYMOUS          | OTHER_TOWN | false
          MANAGE_WEBHOOKS          | PANEL_MEMBER       | OWN_TOWN   | false
          MANAGE_WEBHOOKS          | PANEL_MEMBER       | OTHER_TOWN | false
          MANAGE_WEBHOOKS          | CITY_COORDINATOR   | OWN_TOWN   | false
          MANAGE_WEBHOOKS          | CITY_COORDINATOR   | OTHER_TOWN | false
          MANAGE_WEBHOOKS          | NETWORK_ADMIN      | OWN_TOWN   | true
          MANAGE_WEBHOOKS          | NETWORK_ADMIN      | OTHER_TOWN | true
          MANAGE_WEBHOOKS          | INTEGRATION_READER | OWN_TOWN   | true
          MANAGE_WEBHOOKS          | INTEGRATION_READER | OTHER_TOWN | true
          SEE_EVERY_WEBHOOK        | ANONYMOUS          | OWN_TOWN   | false
          SEE_EVERY_WEBHOOK        | ANONYMOUS          | OTHER_TOWN | false
          SEE_EVERY_WEBHOOK        | PANEL_MEMBER       | OWN_TOWN   | false
          SEE_EVERY_WEBHOOK        | PANEL_MEMBER       | OTHER_TOWN | false
          SEE_EVERY_WEBHOOK        | CITY_COORDINATOR   | OWN_TOWN   | false
          SEE_EVERY_WEBHOOK        | CITY_COORDINATOR   | OTHER_TOWN | false
          SEE_EVERY_WEBHOOK        | NETWORK_ADMIN      | OWN_TOWN   | true
          SEE_EVERY_WEBHOOK        | NETWORK_ADMIN      | OTHER_TOWN | true
          SEE_EVERY_WEBHOOK        | INTEGRATION_READER | OWN_TOWN   | false
          SEE_EVERY_WEBHOOK        | INTEGRATION_READER | OTHER_TOWN | false
          EXPORT_OPEN_DATA         | ANONYMOUS          | OWN_TOWN   | true
          EXPORT_OPEN_DATA         | ANONYMOUS          | OTHER_TOWN | true
          EXPORT_OPEN_DATA         | PANEL_MEMBER       | OWN_TOWN   | false
          EXPORT_OPEN_DATA         | PANEL_MEMBER       | OTHER_TOWN | false
          EXPORT_OPEN_DATA         | CITY_COORDINATOR   | OWN_TOWN   | false
          EXPORT_OPEN_DATA         | CITY_COORDINATOR   | OTHER_TOWN | false
          EXPORT_OPEN_DATA         | NETWORK_ADMIN      | OWN_TOWN   | false
          EXPORT_OPEN_DATA         | NETWORK_ADMIN      | OTHER_TOWN | false
          EXPORT_OPEN_DATA         | INTEGRATION_READER | OWN_TOWN   | false
          EXPORT_OPEN_DATA         | INTEGRATION_READER | OTHER_TOWN | false
          READ_FEEDS               | ANONYMOUS          | OWN_TOWN   | true
          READ_FEEDS               | ANONYMOUS          | OTHER_TOWN | true
          READ_FEEDS               | PANEL_MEMBER       | OWN_TOWN   | false
          READ_FEEDS               | PANEL_MEMBER       | OTHER_TOWN | false
          READ_FEEDS               | CITY_COORDINATOR   | OWN_TOWN   | false
          READ_FEEDS               | CITY_COORDINATOR   | OTHER_TOWN | false
          READ_FEEDS               | NETWORK_ADMIN      | OWN_TOWN   | false
          READ_FEEDS               | NETWORK_ADMIN      | OTHER_TOWN | false
          READ_FEEDS               | INTEGRATION_READER | OWN_TOWN   | false
          READ_FEEDS               | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_NETWORK_REPORT      | ANONYMOUS          | OWN_TOWN   | true
          VIEW_NETWORK_REPORT      | ANONYMOUS          | OTHER_TOWN | true
          VIEW_NETWORK_REPORT      | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_NETWORK_REPORT      | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_NETWORK_REPORT      | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_NETWORK_REPORT      | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_NETWORK_REPORT      | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_NETWORK_REPORT      | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_NETWORK_REPORT      | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_NETWORK_REPORT      | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT         | ANONYMOUS          | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT         | ANONYMOUS          | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT         | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT         | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT         | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT         | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT         | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_ADMIN_AUDIT         | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_ADMIN_AUDIT         | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT         | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PUBLISHED_FINDINGS        | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PUBLISHED_FINDINGS        | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PUBLISHED_FINDINGS        | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PUBLISHED_FINDINGS        | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PUBLISHED_FINDINGS        | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PUBLISHED_FINDINGS        | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PUBLISHED_FINDINGS        | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PUBLISHED_FINDINGS        | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PUBLISHED_FINDINGS        | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PUBLISHED_FINDINGS        | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_DRAFT_FINDINGS            | ANONYMOUS          | OWN_TOWN   | false
          VIEW_DRAFT_FINDINGS            | ANONYMOUS          | OTHER_TOWN | false
          VIEW_DRAFT_FINDINGS            | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_DRAFT_FINDINGS            | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_DRAFT_FINDINGS            | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_DRAFT_FINDINGS            | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_DRAFT_FINDINGS            | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_DRAFT_FINDINGS            | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_DRAFT_FINDINGS            | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_DRAFT_FINDINGS            | INTEGRATION_READER | OTHER_TOWN | false
          WRITE_FINDING                  | ANONYMOUS          | OWN_TOWN   | false
          WRITE_FINDING                  | ANONYMOUS          | OTHER_TOWN | false
          WRITE_FINDING                  | PANEL_MEMBER       | OWN_TOWN   | false
          WRITE_FINDING                  | PANEL_MEMBER       | OTHER_TOWN | false
          WRITE_FINDING                  | CITY_COORDINATOR   | OWN_TOWN   | true
          WRITE_FINDING                  | CITY_COORDINATOR   | OTHER_TOWN | false
          WRITE_FINDING                  | NETWORK_ADMIN      | OWN_TOWN   | true
          WRITE_FINDING                  | NETWORK_ADMIN      | OTHER_TOWN | true
          WRITE_FINDING                  | INTEGRATION_READER | OWN_TOWN   | false
          WRITE_FINDING                  | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_FINDING                   | ANONYMOUS          | OWN_TOWN   | false
          EDIT_FINDING                   | ANONYMOUS          | OTHER_TOWN | false
          EDIT_FINDING                   | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_FINDING                   | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_FINDING                   | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_FINDING                   | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_FINDING                   | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_FINDING                   | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_FINDING                   | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_FINDING                   | INTEGRATION_READER | OTHER_TOWN | false
          REVISE_FINDING                 | ANONYMOUS          | OWN_TOWN   | false
          REVISE_FINDING                 | ANONYMOUS          | OTHER_TOWN | false
          REVISE_FINDING                 | PANEL_MEMBER       | OWN_TOWN   | false
          REVISE_FINDING                 | PANEL_MEMBER       | OTHER_TOWN | false
          REVISE_FINDING                 | CITY_COORDINATOR   | OWN_TOWN   | false
          REVISE_FINDING                 | CITY_COORDINATOR   | OTHER_TOWN | false
          REVISE_FINDING                 | NETWORK_ADMIN      | OWN_TOWN   | true
          REVISE_FINDING                 | NETWORK_ADMIN      | OTHER_TOWN | true
          REVISE_FINDING                 | INTEGRATION_READER | OWN_TOWN   | false
          REVISE_FINDING                 | INTEGRATION_READER | OTHER_TOWN | false
          PUBLISH_FINDING                | ANONYMOUS          | OWN_TOWN   | false
          PUBLISH_FINDING                | ANONYMOUS          | OTHER_TOWN | false
          PUBLISH_FINDING                | PANEL_MEMBER       | OWN_TOWN   | false
          PUBLISH_FINDING                | PANEL_MEMBER       | OTHER_TOWN | false
          PUBLISH_FINDING                | CITY_COORDINATOR   | OWN_TOWN   | false
          PUBLISH_FINDING                | CITY_COORDINATOR   | OTHER_TOWN | false
          PUBLISH_FINDING                | NETWORK_ADMIN      | OWN_TOWN   | true
          PUBLISH_FINDING                | NETWORK_ADMIN      | OTHER_TOWN | true
          PUBLISH_FINDING                | INTEGRATION_READER | OWN_TOWN   | false
          PUBLISH_FINDING                | INTEGRATION_READER | OTHER_TOWN | false
          WITHDRAW_FINDING               | ANONYMOUS          | OWN_TOWN   | false
          WITHDRAW_FINDING               | ANONYMOUS          | OTHER_TOWN | false
          WITHDRAW_FINDING               | PANEL_MEMBER       | OWN_TOWN   | false
          WITHDRAW_FINDING               | PANEL_MEMBER       | OTHER_TOWN | false
          WITHDRAW_FINDING               | CITY_COORDINATOR   | OWN_TOWN   | false
          WITHDRAW_FINDING               | CITY_COORDINATOR   | OTHER_TOWN | false
          WITHDRAW_FINDING               | NETWORK_ADMIN      | OWN_TOWN   | true
          WITHDRAW_FINDING               | NETWORK_ADMIN      | OTHER_TOWN | true
          WITHDRAW_FINDING               | INTEGRATION_READER | OWN_TOWN   | false
          WITHDRAW_FINDING               | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PUBLISHED_RECOMMENDATIONS | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PUBLISHED_RECOMMENDATIONS | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PUBLISHED_RECOMMENDATIONS | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PUBLISHED_RECOMMENDATIONS | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PUBLISHED_RECOMMENDATIONS | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PUBLISHED_RECOMMENDATIONS | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PUBLISHED_RECOMMENDATIONS | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PUBLISHED_RECOMMENDATIONS | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PUBLISHED_RECOMMENDATIONS | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PUBLISHED_RECOMMENDATIONS | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_DRAFT_RECOMMENDATIONS     | ANONYMOUS          | OWN_TOWN   | false
          VIEW_DRAFT_RECOMMENDATIONS     | ANONYMOUS          | OTHER_TOWN | false
          VIEW_DRAFT_RECOMMENDATIONS     | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_DRAFT_RECOMMENDATIONS     | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_DRAFT_RECOMMENDATIONS     | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_DRAFT_RECOMMENDATIONS     | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_DRAFT_RECOMMENDATIONS     | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_DRAFT_RECOMMENDATIONS     | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_DRAFT_RECOMMENDATIONS     | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_DRAFT_RECOMMENDATIONS     | INTEGRATION_READER | OTHER_TOWN | false
          WRITE_RECOMMENDATION           | ANONYMOUS          | OWN_TOWN   | false
          WRITE_RECOMMENDATION           | ANONYMOUS          | OTHER_TOWN | false
          WRITE_RECOMMENDATION           | PANEL_MEMBER       | OWN_TOWN   | false
          WRITE_RECOMMENDATION           | PANEL_MEMBER       | OTHER_TOWN | false
          WRITE_RECOMMENDATION           | CITY_COORDINATOR   | OWN_TOWN   | true
          WRITE_RECOMMENDATION           | CITY_COORDINATOR   | OTHER_TOWN | false
          WRITE_RECOMMENDATION           | NETWORK_ADMIN      | OWN_TOWN   | true
          WRITE_RECOMMENDATION           | NETWORK_ADMIN      | OTHER_TOWN | true
          WRITE_RECOMMENDATION           | INTEGRATION_READER | OWN_TOWN   | false
          WRITE_RECOMMENDATION           | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_RECOMMENDATION            | ANONYMOUS          | OWN_TOWN   | false
          EDIT_RECOMMENDATION            | ANONYMOUS          | OTHER_TOWN | false
          EDIT_RECOMMENDATION            | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_RECOMMENDATION            | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_RECOMMENDATION            | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_RECOMMENDATION            | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_RECOMMENDATION            | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_RECOMMENDATION            | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_RECOMMENDATION            | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_RECOMMENDATION            | INTEGRATION_READER | OTHER_TOWN | false
          REVISE_RECOMMENDATION          | ANONYMOUS          | OWN_TOWN   | false
          REVISE_RECOMMENDATION          | ANONYMOUS          | OTHER_TOWN | false
          REVISE_RECOMMENDATION          | PANEL_MEMBER       | OWN_TOWN   | false
          REVISE_RECOMMENDATION          | PANEL_MEMBER       | OTHER_TOWN | false
          REVISE_RECOMMENDATION          | CITY_COORDINATOR   | OWN_TOWN   | false
          REVISE_RECOMMENDATION          | CITY_COORDINATOR   | OTHER_TOWN | false
          REVISE_RECOMMENDATION          | NETWORK_ADMIN      | OWN_TOWN   | true
          REVISE_RECOMMENDATION          | NETWORK_ADMIN      | OTHER_TOWN | true
          REVISE_RECOMMENDATION          | INTEGRATION_READER | OWN_TOWN   | false
          REVISE_RECOMMENDATION          | INTEGRATION_READER | OTHER_TOWN | false
          PUBLISH_RECOMMENDATION         | ANONYMOUS          | OWN_TOWN   | false
          PUBLISH_RECOMMENDATION         | ANONYMOUS          | OTHER_TOWN | false
          PUBLISH_RECOMMENDATION         | PANEL_MEMBER       | OWN_TOWN   | false
          PUBLISH_RECOMMENDATION         | PANEL_MEMBER       | OTHER_TOWN | false
          PUBLISH_RECOMMENDATION         | CITY_COORDINATOR   | OWN_TOWN   | false
          PUBLISH_RECOMMENDATION         | CITY_COORDINATOR   | OTHER_TOWN | false
          PUBLISH_RECOMMENDATION         | NETWORK_ADMIN      | OWN_TOWN   | true
          PUBLISH_RECOMMENDATION         | NETWORK_ADMIN      | OTHER_TOWN | true
          PUBLISH_RECOMMENDATION         | INTEGRATION_READER | OWN_TOWN   | false
          PUBLISH_RECOMMENDATION         | INTEGRATION_READER | OTHER_TOWN | false
          WITHDRAW_RECOMMENDATION        | ANONYMOUS          | OWN_TOWN   | false
          WITHDRAW_RECOMMENDATION        | ANONYMOUS          | OTHER_TOWN | false
          WITHDRAW_RECOMMENDATION        | PANEL_MEMBER       | OWN_TOWN   | false
          WITHDRAW_RECOMMENDATION        | PANEL_MEMBER       | OTHER_TOWN | false
          WITHDRAW_RECOMMENDATION        | CITY_COORDINATOR   | OWN_TOWN   | false
          WITHDRAW_RECOMMENDATION        | CITY_COORDINATOR   | OTHER_TOWN | false
          WITHDRAW_RECOMMENDATION        | NETWORK_ADMIN      | OWN_TOWN   | true
          WITHDRAW_RECOMMENDATION        | NETWORK_ADMIN      | OTHER_TOWN | true
          WITHDRAW_RECOMMENDATION        | INTEGRATION_READER | OWN_TOWN   | false
          WITHDRAW_RECOMMENDATION        | INTEGRATION_READER | OTHER_TOWN | false
          ENDORSE_RECOMMENDATION         | ANONYMOUS          | OWN_TOWN   | false
          ENDORSE_RECOMMENDATION         | ANONYMOUS          | OTHER_TOWN | false
          ENDORSE_RECOMMENDATION         | PANEL_MEMBER       | OWN_TOWN   | false
          ENDORSE_RECOMMENDATION         | PANEL_MEMBER       | OTHER_TOWN | false
          ENDORSE_RECOMMENDATION         | CITY_COORDINATOR   | OWN_TOWN   | true
          ENDORSE_RECOMMENDATION         | CITY_COORDINATOR   | OTHER_TOWN | false
          ENDORSE_RECOMMENDATION         | NETWORK_ADMIN      | OWN_TOWN   | false
          ENDORSE_RECOMMENDATION         | NETWORK_ADMIN      | OTHER_TOWN | false
          ENDORSE_RECOMMENDATION         | INTEGRATION_READER | OWN_TOWN   | false
          ENDORSE_RECOMMENDATION         | INTEGRATION_READER | OTHER_TOWN | false
          """)
  void roleInScope(PracticeAction action, Role role, Scope scope, boolean allowed) {
    COVERED.add(action + "/" + role + "/" + scope);
    assertEquals(allowed, PracticePermissions.TABLE.allows(action, role, scope));
  }

  /** Callers as tokens make them: every caller also holds the anonymous row. */
  @ParameterizedTest(name = "{0} by {1} of {2} on {3} → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_PUBLISHED_PRACTICES | ANONYMOUS          |          | mechelen | true
          VIEW_PUBLISHED_PRACTICES | PANEL_MEMBER       | mechelen | tartu    | true
          VIEW_PUBLISHED_PRACTICES | INTEGRATION_READER |          | tartu    | true
          VIEW_DRAFT_PRACTICES     | ANONYMOUS          |          | mechelen | false
          VIEW_DRAFT_PRACTICES     | PANEL_MEMBER       | mechelen | mechelen | false
          VIEW_DRAFT_PRACTICES     | INTEGRATION_READER |          | mechelen | false
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   | mechelen | mechelen | true
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   | mechelen | tartu    | false
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   |          | mechelen | false
          VIEW_DRAFT_PRACTICES     | NETWORK_ADMIN      |          | tartu    | true
          EDIT_PRACTICE            | CITY_COORDINATOR   | mechelen | mechelen | true
          EDIT_PRACTICE            | CITY_COORDINATOR   | tartu    | mechelen | false
          EDIT_PRACTICE            | CITY_COORDINATOR   |          | mechelen | false
          EDIT_PRACTICE            | PANEL_MEMBER       | mechelen | mechelen | false
          EDIT_PRACTICE            | NETWORK_ADMIN      |          | mechelen | true
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | mechelen | mechelen | false
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | mechelen | tartu    | false
          PUBLISH_PRACTICE         | INTEGRATION_READER |          | mechelen | false
          PUBLISH_PRACTICE         | NETWORK_ADMIN      |          | tartu    | true
          SEARCH_PRACTICES         | ANONYMOUS          |          | tartu    | true
          SUBMIT_PRACTICE          | CITY_COORDINATOR   | mechelen | mechelen | true
          SUBMIT_PRACTICE          | CITY_COORDINATOR   | tartu    | mechelen | false
          SUBMIT_PRACTICE          | CITY_COORDINATOR   |          | mechelen | false
          SUBMIT_PRACTICE          | PANEL_MEMBER       | mechelen | mechelen | false
          SUBMIT_PRACTICE          | NETWORK_ADMIN      |          | mechelen | false
          RETURN_PRACTICE          | NETWORK_ADMIN      |          | tartu    | true
          RETURN_PRACTICE          | CITY_COORDINATOR   | mechelen | mechelen | false
          RETURN_PRACTICE          | PANEL_MEMBER       | mechelen | mechelen | false
          UNPUBLISH_PRACTICE       | NETWORK_ADMIN      |          | tartu    | true
          UNPUBLISH_PRACTICE       | CITY_COORDINATOR   | mechelen | mechelen | false
          UNPUBLISH_PRACTICE       | PANEL_MEMBER       | mechelen | mechelen | false
          SEARCH_PRACTICES         | PANEL_MEMBER       | mechelen | tartu    | true
          SEARCH_PRACTICES         | INTEGRATION_READER |          | mechelen | true
          VIEW_TRANSFERS           | ANONYMOUS          |          | mechelen | true
          VIEW_TRANSFERS           | NETWORK_ADMIN      |          | tartu    | true
          VIEW_TRANSFERS           | PANEL_MEMBER       | tartu    | mechelen | true
          REGISTER_TRANSFER        | CITY_COORDINATOR   | tartu    | mechelen | true
          REGISTER_TRANSFER        | CITY_COORDINATOR   | mechelen | mechelen | false
          REGISTER_TRANSFER        | NETWORK_ADMIN      |          | mechelen | false
          REGISTER_TRANSFER        | PANEL_MEMBER       | tartu    | mechelen | false
          REGISTER_TRANSFER        | ANONYMOUS          |          | mechelen | false
          MOVE_TRANSFER            | CITY_COORDINATOR   | tartu    | tartu    | true
          MOVE_TRANSFER            | CITY_COORDINATOR   | mechelen | tartu    | false
          MOVE_TRANSFER            | NETWORK_ADMIN      |          | tartu    | false
          ANSWER_TRANSFER          | CITY_COORDINATOR   | mechelen | mechelen | true
          ANSWER_TRANSFER          | CITY_COORDINATOR   | tartu    | mechelen | false
          ANSWER_TRANSFER          | NETWORK_ADMIN      |          | mechelen | false
          VIEW_DISCUSSION          | ANONYMOUS          |          | mechelen | true
          VIEW_DISCUSSION          | INTEGRATION_READER |          | mechelen | true
          VIEW_HIDDEN_POSTS        | CITY_COORDINATOR   | mechelen | mechelen | false
          ASK_QUESTION             | PANEL_MEMBER       | tartu    | mechelen | true
          ASK_QUESTION             | PANEL_MEMBER       |          | mechelen | true
          ASK_QUESTION             | CITY_COORDINATOR   | tartu    | mechelen | true
          ASK_QUESTION             | INTEGRATION_READER |          | mechelen | false
          ASK_QUESTION             | ANONYMOUS          |          | mechelen | false
          COMMENT_ON_PRACTICE      | PANEL_MEMBER       | celje    | mechelen | true
          REPLY_TO_POST            | CITY_COORDINATOR   | mechelen | mechelen | true
          MARK_ANSWER              | CITY_COORDINATOR   | mechelen | mechelen | true
          MARK_ANSWER              | CITY_COORDINATOR   | tartu    | mechelen | false
          MARK_ANSWER              | PANEL_MEMBER       | mechelen | mechelen | false
          REPORT_POST              | PANEL_MEMBER       | tartu    | mechelen | true
          REPORT_POST              | ANONYMOUS          |          | mechelen | false
          MODERATE_POSTS           | CITY_COORDINATOR   | mechelen | mechelen | false
          MODERATE_POSTS           | NETWORK_ADMIN      |          | tartu    | true
          VIEW_WEBHOOKS            | INTEGRATION_READER |          | mechelen | true
          VIEW_WEBHOOKS            | NETWORK_ADMIN      |          | mechelen | true
          VIEW_WEBHOOKS            | CITY_COORDINATOR   | mechelen | mechelen | false
          VIEW_WEBHOOKS            | ANONYMOUS          |          | mechelen | false
          MANAGE_WEBHOOKS          | INTEGRATION_READER |          | tartu    | true
          MANAGE_WEBHOOKS          | PANEL_MEMBER       | tartu    | tartu    | false
          SEE_EVERY_WEBHOOK        | INTEGRATION_READER |          | mechelen | false
          SEE_EVERY_WEBHOOK        | NETWORK_ADMIN      |          | mechelen | true
          EXPORT_OPEN_DATA         | ANONYMOUS          |          | mechelen | true
          EXPORT_OPEN_DATA         | CITY_COORDINATOR   | tartu    | mechelen | true
          READ_FEEDS               | ANONYMOUS          |          | tartu    | true
          READ_FEEDS               | INTEGRATION_READER |          | mechelen | true
          VIEW_PUBLISHED_FINDINGS        | ANONYMOUS          |          | mechelen | true
          VIEW_PUBLISHED_FINDINGS        | PANEL_MEMBER       | tartu    | mechelen | true
          VIEW_DRAFT_FINDINGS            | CITY_COORDINATOR   | tartu    | tartu    | true
          VIEW_DRAFT_FINDINGS            | CITY_COORDINATOR   | tartu    |          | false
          VIEW_DRAFT_FINDINGS            | NETWORK_ADMIN      |          |          | true
          WRITE_FINDING                  | CITY_COORDINATOR   | tartu    | tartu    | true
          WRITE_FINDING                  | CITY_COORDINATOR   |          |          | false
          WRITE_FINDING                  | PANEL_MEMBER       | tartu    | tartu    | false
          EDIT_FINDING                   | CITY_COORDINATOR   | tartu    | mechelen | false
          EDIT_FINDING                   | NETWORK_ADMIN      |          | tartu    | true
          REVISE_FINDING                 | CITY_COORDINATOR   | tartu    | tartu    | false
          PUBLISH_FINDING                | CITY_COORDINATOR   | tartu    | tartu    | false
          PUBLISH_FINDING                | NETWORK_ADMIN      |          |          | true
          WITHDRAW_FINDING               | INTEGRATION_READER |          |          | false
          VIEW_PUBLISHED_RECOMMENDATIONS | INTEGRATION_READER |          |          | true
          WRITE_RECOMMENDATION           | CITY_COORDINATOR   | celje    | celje    | true
          PUBLISH_RECOMMENDATION         | CITY_COORDINATOR   | celje    | celje    | false
          ENDORSE_RECOMMENDATION         | CITY_COORDINATOR   | celje    | celje    | true
          ENDORSE_RECOMMENDATION         | CITY_COORDINATOR   | celje    | tartu    | false
          ENDORSE_RECOMMENDATION         | NETWORK_ADMIN      |          | tartu    | false
          ENDORSE_RECOMMENDATION         | PANEL_MEMBER       | celje    | celje    | false
          """)
  void actor(
      PracticeAction action, Role role, String callerCity, String targetCity, boolean allowed) {
    Actor actor =
        role == Role.ANONYMOUS ? Actor.anonymous() : new Actor("someone", Set.of(role), callerCity);
    assertEquals(allowed, PracticePermissions.TABLE.allows(action, actor, targetCity));
  }

  @ParameterizedTest(name = "{0} everywhere by {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_PUBLISHED_PRACTICES | ANONYMOUS          | true
          VIEW_PUBLISHED_PRACTICES | INTEGRATION_READER | true
          VIEW_DRAFT_PRACTICES     | CITY_COORDINATOR   | false
          VIEW_DRAFT_PRACTICES     | NETWORK_ADMIN      | true
          EDIT_PRACTICE            | CITY_COORDINATOR   | false
          EDIT_PRACTICE            | NETWORK_ADMIN      | true
          PUBLISH_PRACTICE         | PANEL_MEMBER       | false
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | false
          PUBLISH_PRACTICE         | NETWORK_ADMIN      | true
          SUBMIT_PRACTICE          | CITY_COORDINATOR   | false
          SEARCH_PRACTICES         | ANONYMOUS          | true
          SEARCH_PRACTICES         | CITY_COORDINATOR   | true
          VIEW_DISCUSSION          | ANONYMOUS          | true
          ASK_QUESTION             | PANEL_MEMBER       | true
          MARK_ANSWER              | CITY_COORDINATOR   | false
          MODERATE_POSTS           | NETWORK_ADMIN      | true
          MANAGE_WEBHOOKS          | INTEGRATION_READER | true
          MANAGE_WEBHOOKS          | CITY_COORDINATOR   | false
          EXPORT_OPEN_DATA         | ANONYMOUS          | true
          READ_FEEDS               | PANEL_MEMBER       | true
          FOLLOW                   | PANEL_MEMBER       | true
          FOLLOW                   | INTEGRATION_READER | false
          UNFOLLOW                 | ANONYMOUS          | false
          VIEW_NETWORK_REPORT      | CITY_COORDINATOR   | true
          VIEW_NETWORK_REPORT      | ANONYMOUS          | true
          VIEW_ADMIN_AUDIT         | NETWORK_ADMIN      | true
          VIEW_ADMIN_AUDIT         | CITY_COORDINATOR   | false
          """)
  void everywhere(PracticeAction action, Role role, boolean allowed) {
    Actor actor = new Actor("someone", Set.of(role), "mechelen");
    assertEquals(allowed, PracticePermissions.TABLE.allowsEverywhere(action, actor));
  }

  /**
   * A statistics office's integration-writer role is granted nothing here: its writes are named by
   * initiative-service (indicator measurements). Public actions stay open to it as to anyone.
   */
  @ParameterizedTest(name = "{0} by INTEGRATION_WRITER in {1}")
  @MethodSource("everyActionInEveryScope")
  void integrationWriterHoldsNoCell(PracticeAction action, Scope scope) {
    COVERED.add(action + "/" + Role.INTEGRATION_WRITER + "/" + scope);
    assertFalse(PracticePermissions.TABLE.allows(action, Role.INTEGRATION_WRITER, scope));
  }

  static Stream<Arguments> everyActionInEveryScope() {
    return Arrays.stream(PracticeAction.values())
        .flatMap(a -> Arrays.stream(Scope.values()).map(s -> Arguments.of(a, s)));
  }

  @AfterAll
  static void everyCombinationIsInTheMatrix() {
    int combinations =
        PracticeAction.values().length * Role.values().length * Scope.values().length;
    assertEquals(combinations, COVERED.size());
  }
}
