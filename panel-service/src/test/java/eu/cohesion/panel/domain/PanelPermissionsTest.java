package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.security.Scope;
import java.util.Arrays;
import java.util.EnumSet;
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
class PanelPermissionsTest {

  private static final Set<String> COVERED = new HashSet<>();

  @ParameterizedTest(name = "{0} by {1} in {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_CITIES          | ANONYMOUS          | OWN_TOWN   | true
          VIEW_CITIES          | ANONYMOUS          | OTHER_TOWN | true
          VIEW_CITIES          | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_CITIES          | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_CITIES          | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_CITIES          | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_CITIES          | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_CITIES          | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_CITIES          | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_CITIES          | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PANEL_SUMMARIES | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PANEL_SUMMARIES | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PANEL_SUMMARIES | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PANEL_SUMMARIES | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PANEL_SUMMARIES | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PANEL_SUMMARIES | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PANEL_SUMMARIES | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PANEL_SUMMARIES | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PANEL_SUMMARIES | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PANEL_SUMMARIES | INTEGRATION_READER | OTHER_TOWN | false
          CREATE_PANEL         | ANONYMOUS          | OWN_TOWN   | false
          CREATE_PANEL         | ANONYMOUS          | OTHER_TOWN | false
          CREATE_PANEL         | PANEL_MEMBER       | OWN_TOWN   | false
          CREATE_PANEL         | PANEL_MEMBER       | OTHER_TOWN | false
          CREATE_PANEL         | CITY_COORDINATOR   | OWN_TOWN   | true
          CREATE_PANEL         | CITY_COORDINATOR   | OTHER_TOWN | false
          CREATE_PANEL         | NETWORK_ADMIN      | OWN_TOWN   | true
          CREATE_PANEL         | NETWORK_ADMIN      | OTHER_TOWN | true
          CREATE_PANEL         | INTEGRATION_READER | OWN_TOWN   | false
          CREATE_PANEL         | INTEGRATION_READER | OTHER_TOWN | false
          ADD_MEMBER           | ANONYMOUS          | OWN_TOWN   | false
          ADD_MEMBER           | ANONYMOUS          | OTHER_TOWN | false
          ADD_MEMBER           | PANEL_MEMBER       | OWN_TOWN   | false
          ADD_MEMBER           | PANEL_MEMBER       | OTHER_TOWN | false
          ADD_MEMBER           | CITY_COORDINATOR   | OWN_TOWN   | true
          ADD_MEMBER           | CITY_COORDINATOR   | OTHER_TOWN | false
          ADD_MEMBER           | NETWORK_ADMIN      | OWN_TOWN   | true
          ADD_MEMBER           | NETWORK_ADMIN      | OTHER_TOWN | true
          ADD_MEMBER           | INTEGRATION_READER | OWN_TOWN   | false
          ADD_MEMBER           | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_MEMBERS         | ANONYMOUS          | OWN_TOWN   | false
          VIEW_MEMBERS         | ANONYMOUS          | OTHER_TOWN | false
          VIEW_MEMBERS         | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_MEMBERS         | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_MEMBERS         | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_MEMBERS         | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_MEMBERS         | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_MEMBERS         | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_MEMBERS         | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_MEMBERS         | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PANEL             | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PANEL             | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PANEL             | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PANEL             | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PANEL             | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PANEL             | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PANEL             | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PANEL             | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PANEL             | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PANEL             | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_PANEL             | ANONYMOUS          | OWN_TOWN   | false
          EDIT_PANEL             | ANONYMOUS          | OTHER_TOWN | false
          EDIT_PANEL             | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_PANEL             | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_PANEL             | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_PANEL             | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_PANEL             | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_PANEL             | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_PANEL             | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_PANEL             | INTEGRATION_READER | OTHER_TOWN | false
          CHANGE_PANEL_STATUS    | ANONYMOUS          | OWN_TOWN   | false
          CHANGE_PANEL_STATUS    | ANONYMOUS          | OTHER_TOWN | false
          CHANGE_PANEL_STATUS    | PANEL_MEMBER       | OWN_TOWN   | false
          CHANGE_PANEL_STATUS    | PANEL_MEMBER       | OTHER_TOWN | false
          CHANGE_PANEL_STATUS    | CITY_COORDINATOR   | OWN_TOWN   | true
          CHANGE_PANEL_STATUS    | CITY_COORDINATOR   | OTHER_TOWN | false
          CHANGE_PANEL_STATUS    | NETWORK_ADMIN      | OWN_TOWN   | true
          CHANGE_PANEL_STATUS    | NETWORK_ADMIN      | OTHER_TOWN | true
          CHANGE_PANEL_STATUS    | INTEGRATION_READER | OWN_TOWN   | false
          CHANGE_PANEL_STATUS    | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_POPULATION_GROUPS | ANONYMOUS          | OWN_TOWN   | false
          VIEW_POPULATION_GROUPS | ANONYMOUS          | OTHER_TOWN | false
          VIEW_POPULATION_GROUPS | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_POPULATION_GROUPS | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_POPULATION_GROUPS | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_POPULATION_GROUPS | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_POPULATION_GROUPS | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_POPULATION_GROUPS | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_POPULATION_GROUPS | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_POPULATION_GROUPS | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_MEMBER            | ANONYMOUS          | OWN_TOWN   | false
          EDIT_MEMBER            | ANONYMOUS          | OTHER_TOWN | false
          EDIT_MEMBER            | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_MEMBER            | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_MEMBER            | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_MEMBER            | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_MEMBER            | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_MEMBER            | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_MEMBER            | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_MEMBER            | INTEGRATION_READER | OTHER_TOWN | false
          REMOVE_MEMBER          | ANONYMOUS          | OWN_TOWN   | false
          REMOVE_MEMBER          | ANONYMOUS          | OTHER_TOWN | false
          REMOVE_MEMBER          | PANEL_MEMBER       | OWN_TOWN   | false
          REMOVE_MEMBER          | PANEL_MEMBER       | OTHER_TOWN | false
          REMOVE_MEMBER          | CITY_COORDINATOR   | OWN_TOWN   | true
          REMOVE_MEMBER          | CITY_COORDINATOR   | OTHER_TOWN | false
          REMOVE_MEMBER          | NETWORK_ADMIN      | OWN_TOWN   | true
          REMOVE_MEMBER          | NETWORK_ADMIN      | OTHER_TOWN | true
          REMOVE_MEMBER          | INTEGRATION_READER | OWN_TOWN   | false
          REMOVE_MEMBER          | INTEGRATION_READER | OTHER_TOWN | false
          RECORD_CONSENT         | ANONYMOUS          | OWN_TOWN   | false
          RECORD_CONSENT         | ANONYMOUS          | OTHER_TOWN | false
          RECORD_CONSENT         | PANEL_MEMBER       | OWN_TOWN   | false
          RECORD_CONSENT         | PANEL_MEMBER       | OTHER_TOWN | false
          RECORD_CONSENT         | CITY_COORDINATOR   | OWN_TOWN   | true
          RECORD_CONSENT         | CITY_COORDINATOR   | OTHER_TOWN | false
          RECORD_CONSENT         | NETWORK_ADMIN      | OWN_TOWN   | true
          RECORD_CONSENT         | NETWORK_ADMIN      | OTHER_TOWN | true
          RECORD_CONSENT         | INTEGRATION_READER | OWN_TOWN   | false
          RECORD_CONSENT         | INTEGRATION_READER | OTHER_TOWN | false
          WITHDRAW_CONSENT       | ANONYMOUS          | OWN_TOWN   | false
          WITHDRAW_CONSENT       | ANONYMOUS          | OTHER_TOWN | false
          WITHDRAW_CONSENT       | PANEL_MEMBER       | OWN_TOWN   | false
          WITHDRAW_CONSENT       | PANEL_MEMBER       | OTHER_TOWN | false
          WITHDRAW_CONSENT       | CITY_COORDINATOR   | OWN_TOWN   | true
          WITHDRAW_CONSENT       | CITY_COORDINATOR   | OTHER_TOWN | false
          WITHDRAW_CONSENT       | NETWORK_ADMIN      | OWN_TOWN   | true
          WITHDRAW_CONSENT       | NETWORK_ADMIN      | OTHER_TOWN | true
          WITHDRAW_CONSENT       | INTEGRATION_READER | OWN_TOWN   | false
          WITHDRAW_CONSENT       | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_SESSIONS            | ANONYMOUS          | OWN_TOWN   | false
          VIEW_SESSIONS            | ANONYMOUS          | OTHER_TOWN | false
          VIEW_SESSIONS            | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_SESSIONS            | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_SESSIONS            | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_SESSIONS            | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_SESSIONS            | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_SESSIONS            | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_SESSIONS            | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_SESSIONS            | INTEGRATION_READER | OTHER_TOWN | false
          PLAN_SESSION             | ANONYMOUS          | OWN_TOWN   | false
          PLAN_SESSION             | ANONYMOUS          | OTHER_TOWN | false
          PLAN_SESSION             | PANEL_MEMBER       | OWN_TOWN   | false
          PLAN_SESSION             | PANEL_MEMBER       | OTHER_TOWN | false
          PLAN_SESSION             | CITY_COORDINATOR   | OWN_TOWN   | true
          PLAN_SESSION             | CITY_COORDINATOR   | OTHER_TOWN | false
          PLAN_SESSION             | NETWORK_ADMIN      | OWN_TOWN   | true
          PLAN_SESSION             | NETWORK_ADMIN      | OTHER_TOWN | true
          PLAN_SESSION             | INTEGRATION_READER | OWN_TOWN   | false
          PLAN_SESSION             | INTEGRATION_READER | OTHER_TOWN | false
          CHANGE_SESSION           | ANONYMOUS          | OWN_TOWN   | false
          CHANGE_SESSION           | ANONYMOUS          | OTHER_TOWN | false
          CHANGE_SESSION           | PANEL_MEMBER       | OWN_TOWN   | false
          CHANGE_SESSION           | PANEL_MEMBER       | OTHER_TOWN | false
          CHANGE_SESSION           | CITY_COORDINATOR   | OWN_TOWN   | true
          CHANGE_SESSION           | CITY_COORDINATOR   | OTHER_TOWN | false
          CHANGE_SESSION           | NETWORK_ADMIN      | OWN_TOWN   | true
          CHANGE_SESSION           | NETWORK_ADMIN      | OTHER_TOWN | true
          CHANGE_SESSION           | INTEGRATION_READER | OWN_TOWN   | false
          CHANGE_SESSION           | INTEGRATION_READER | OTHER_TOWN | false
          RECORD_ATTENDANCE        | ANONYMOUS          | OWN_TOWN   | false
          RECORD_ATTENDANCE        | ANONYMOUS          | OTHER_TOWN | false
          RECORD_ATTENDANCE        | PANEL_MEMBER       | OWN_TOWN   | false
          RECORD_ATTENDANCE        | PANEL_MEMBER       | OTHER_TOWN | false
          RECORD_ATTENDANCE        | CITY_COORDINATOR   | OWN_TOWN   | true
          RECORD_ATTENDANCE        | CITY_COORDINATOR   | OTHER_TOWN | false
          RECORD_ATTENDANCE        | NETWORK_ADMIN      | OWN_TOWN   | true
          RECORD_ATTENDANCE        | NETWORK_ADMIN      | OTHER_TOWN | true
          RECORD_ATTENDANCE        | INTEGRATION_READER | OWN_TOWN   | false
          RECORD_ATTENDANCE        | INTEGRATION_READER | OTHER_TOWN | false
          HOLD_SESSION             | ANONYMOUS          | OWN_TOWN   | false
          HOLD_SESSION             | ANONYMOUS          | OTHER_TOWN | false
          HOLD_SESSION             | PANEL_MEMBER       | OWN_TOWN   | false
          HOLD_SESSION             | PANEL_MEMBER       | OTHER_TOWN | false
          HOLD_SESSION             | CITY_COORDINATOR   | OWN_TOWN   | true
          HOLD_SESSION             | CITY_COORDINATOR   | OTHER_TOWN | false
          HOLD_SESSION             | NETWORK_ADMIN      | OWN_TOWN   | true
          HOLD_SESSION             | NETWORK_ADMIN      | OTHER_TOWN | true
          HOLD_SESSION             | INTEGRATION_READER | OWN_TOWN   | false
          HOLD_SESSION             | INTEGRATION_READER | OTHER_TOWN | false
          CANCEL_SESSION           | ANONYMOUS          | OWN_TOWN   | false
          CANCEL_SESSION           | ANONYMOUS          | OTHER_TOWN | false
          CANCEL_SESSION           | PANEL_MEMBER       | OWN_TOWN   | false
          CANCEL_SESSION           | PANEL_MEMBER       | OTHER_TOWN | false
          CANCEL_SESSION           | CITY_COORDINATOR   | OWN_TOWN   | true
          CANCEL_SESSION           | CITY_COORDINATOR   | OTHER_TOWN | false
          CANCEL_SESSION           | NETWORK_ADMIN      | OWN_TOWN   | true
          CANCEL_SESSION           | NETWORK_ADMIN      | OTHER_TOWN | true
          CANCEL_SESSION           | INTEGRATION_READER | OWN_TOWN   | false
          CANCEL_SESSION           | INTEGRATION_READER | OTHER_TOWN | false
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
          ERASE_MEMBER             | ANONYMOUS          | OWN_TOWN   | false
          ERASE_MEMBER             | ANONYMOUS          | OTHER_TOWN | false
          ERASE_MEMBER             | PANEL_MEMBER       | OWN_TOWN   | false
          ERASE_MEMBER             | PANEL_MEMBER       | OTHER_TOWN | false
          ERASE_MEMBER             | CITY_COORDINATOR   | OWN_TOWN   | true
          ERASE_MEMBER             | CITY_COORDINATOR   | OTHER_TOWN | false
          ERASE_MEMBER             | NETWORK_ADMIN      | OWN_TOWN   | true
          ERASE_MEMBER             | NETWORK_ADMIN      | OTHER_TOWN | true
          ERASE_MEMBER             | INTEGRATION_READER | OWN_TOWN   | false
          ERASE_MEMBER             | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PERSONAL_DATA_AUDIT | ANONYMOUS          | OWN_TOWN   | false
          VIEW_PERSONAL_DATA_AUDIT | ANONYMOUS          | OTHER_TOWN | false
          VIEW_PERSONAL_DATA_AUDIT | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PERSONAL_DATA_AUDIT | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PERSONAL_DATA_AUDIT | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_PERSONAL_DATA_AUDIT | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PERSONAL_DATA_AUDIT | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_PERSONAL_DATA_AUDIT | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_PERSONAL_DATA_AUDIT | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PERSONAL_DATA_AUDIT | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT     | ANONYMOUS          | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT     | ANONYMOUS          | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT     | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT     | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT     | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT     | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT     | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_ADMIN_AUDIT     | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_ADMIN_AUDIT     | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT     | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_CITY            | ANONYMOUS          | OWN_TOWN   | false
          EDIT_CITY            | ANONYMOUS          | OTHER_TOWN | false
          EDIT_CITY            | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_CITY            | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_CITY            | CITY_COORDINATOR   | OWN_TOWN   | false
          EDIT_CITY            | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_CITY            | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_CITY            | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_CITY            | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_CITY            | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_BALANCE_RULES   | ANONYMOUS          | OWN_TOWN   | true
          VIEW_BALANCE_RULES   | ANONYMOUS          | OTHER_TOWN | true
          VIEW_BALANCE_RULES   | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_BALANCE_RULES   | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_BALANCE_RULES   | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_BALANCE_RULES   | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_BALANCE_RULES   | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_BALANCE_RULES   | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_BALANCE_RULES   | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_BALANCE_RULES   | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_BALANCE_RULES   | ANONYMOUS          | OWN_TOWN   | false
          EDIT_BALANCE_RULES   | ANONYMOUS          | OTHER_TOWN | false
          EDIT_BALANCE_RULES   | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_BALANCE_RULES   | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_BALANCE_RULES   | CITY_COORDINATOR   | OWN_TOWN   | false
          EDIT_BALANCE_RULES   | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_BALANCE_RULES   | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_BALANCE_RULES   | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_BALANCE_RULES   | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_BALANCE_RULES   | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_BALANCE_DETAIL  | ANONYMOUS          | OWN_TOWN   | false
          VIEW_BALANCE_DETAIL  | ANONYMOUS          | OTHER_TOWN | false
          VIEW_BALANCE_DETAIL  | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_BALANCE_DETAIL  | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_BALANCE_DETAIL  | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_BALANCE_DETAIL  | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_BALANCE_DETAIL  | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_BALANCE_DETAIL  | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_BALANCE_DETAIL  | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_BALANCE_DETAIL  | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_NETWORK_COMPOSITION | ANONYMOUS          | OWN_TOWN   | true
          VIEW_NETWORK_COMPOSITION | ANONYMOUS          | OTHER_TOWN | true
          VIEW_NETWORK_COMPOSITION | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_NETWORK_COMPOSITION | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_NETWORK_COMPOSITION | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_NETWORK_COMPOSITION | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_NETWORK_COMPOSITION | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_NETWORK_COMPOSITION | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_NETWORK_COMPOSITION | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_NETWORK_COMPOSITION | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_POOL            | ANONYMOUS          | OWN_TOWN   | false
          VIEW_POOL            | ANONYMOUS          | OTHER_TOWN | false
          VIEW_POOL            | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_POOL            | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_POOL            | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_POOL            | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_POOL            | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_POOL            | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_POOL            | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_POOL            | INTEGRATION_READER | OTHER_TOWN | false
          MANAGE_POOL          | ANONYMOUS          | OWN_TOWN   | false
          MANAGE_POOL          | ANONYMOUS          | OTHER_TOWN | false
          MANAGE_POOL          | PANEL_MEMBER       | OWN_TOWN   | false
          MANAGE_POOL          | PANEL_MEMBER       | OTHER_TOWN | false
          MANAGE_POOL          | CITY_COORDINATOR   | OWN_TOWN   | true
          MANAGE_POOL          | CITY_COORDINATOR   | OTHER_TOWN | false
          MANAGE_POOL          | NETWORK_ADMIN      | OWN_TOWN   | true
          MANAGE_POOL          | NETWORK_ADMIN      | OTHER_TOWN | true
          MANAGE_POOL          | INTEGRATION_READER | OWN_TOWN   | false
          MANAGE_POOL          | INTEGRATION_READER | OTHER_TOWN | false
          IMPORT_POOL          | ANONYMOUS          | OWN_TOWN   | false
          IMPORT_POOL          | ANONYMOUS          | OTHER_TOWN | false
          IMPORT_POOL          | PANEL_MEMBER       | OWN_TOWN   | false
          IMPORT_POOL          | PANEL_MEMBER       | OTHER_TOWN | false
          IMPORT_POOL          | CITY_COORDINATOR   | OWN_TOWN   | true
          IMPORT_POOL          | CITY_COORDINATOR   | OTHER_TOWN | false
          IMPORT_POOL          | NETWORK_ADMIN      | OWN_TOWN   | true
          IMPORT_POOL          | NETWORK_ADMIN      | OTHER_TOWN | true
          IMPORT_POOL          | INTEGRATION_READER | OWN_TOWN   | false
          IMPORT_POOL          | INTEGRATION_READER | OTHER_TOWN | false
          RUN_DRAW             | ANONYMOUS          | OWN_TOWN   | false
          RUN_DRAW             | ANONYMOUS          | OTHER_TOWN | false
          RUN_DRAW             | PANEL_MEMBER       | OWN_TOWN   | false
          RUN_DRAW             | PANEL_MEMBER       | OTHER_TOWN | false
          RUN_DRAW             | CITY_COORDINATOR   | OWN_TOWN   | true
          RUN_DRAW             | CITY_COORDINATOR   | OTHER_TOWN | false
          RUN_DRAW             | NETWORK_ADMIN      | OWN_TOWN   | true
          RUN_DRAW             | NETWORK_ADMIN      | OTHER_TOWN | true
          RUN_DRAW             | INTEGRATION_READER | OWN_TOWN   | false
          RUN_DRAW             | INTEGRATION_READER | OTHER_TOWN | false
          CONFIRM_DRAW         | ANONYMOUS          | OWN_TOWN   | false
          CONFIRM_DRAW         | ANONYMOUS          | OTHER_TOWN | false
          CONFIRM_DRAW         | PANEL_MEMBER       | OWN_TOWN   | false
          CONFIRM_DRAW         | PANEL_MEMBER       | OTHER_TOWN | false
          CONFIRM_DRAW         | CITY_COORDINATOR   | OWN_TOWN   | true
          CONFIRM_DRAW         | CITY_COORDINATOR   | OTHER_TOWN | false
          CONFIRM_DRAW         | NETWORK_ADMIN      | OWN_TOWN   | true
          CONFIRM_DRAW         | NETWORK_ADMIN      | OTHER_TOWN | true
          CONFIRM_DRAW         | INTEGRATION_READER | OWN_TOWN   | false
          CONFIRM_DRAW         | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_DRAW_AUDIT      | ANONYMOUS          | OWN_TOWN   | true
          VIEW_DRAW_AUDIT      | ANONYMOUS          | OTHER_TOWN | true
          VIEW_DRAW_AUDIT      | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_DRAW_AUDIT      | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_DRAW_AUDIT      | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_DRAW_AUDIT      | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_DRAW_AUDIT      | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_DRAW_AUDIT      | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_DRAW_AUDIT      | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_DRAW_AUDIT      | INTEGRATION_READER | OTHER_TOWN | false
          SEARCH_MEMBER_ACCOUNTS | ANONYMOUS          | OWN_TOWN   | false
          SEARCH_MEMBER_ACCOUNTS | ANONYMOUS          | OTHER_TOWN | false
          SEARCH_MEMBER_ACCOUNTS | PANEL_MEMBER       | OWN_TOWN   | false
          SEARCH_MEMBER_ACCOUNTS | PANEL_MEMBER       | OTHER_TOWN | false
          SEARCH_MEMBER_ACCOUNTS | CITY_COORDINATOR   | OWN_TOWN   | true
          SEARCH_MEMBER_ACCOUNTS | CITY_COORDINATOR   | OTHER_TOWN | false
          SEARCH_MEMBER_ACCOUNTS | NETWORK_ADMIN      | OWN_TOWN   | true
          SEARCH_MEMBER_ACCOUNTS | NETWORK_ADMIN      | OTHER_TOWN | true
          SEARCH_MEMBER_ACCOUNTS | INTEGRATION_READER | OWN_TOWN   | false
          SEARCH_MEMBER_ACCOUNTS | INTEGRATION_READER | OTHER_TOWN | false
          LINK_MEMBER_ACCOUNT    | ANONYMOUS          | OWN_TOWN   | false
          LINK_MEMBER_ACCOUNT    | ANONYMOUS          | OTHER_TOWN | false
          LINK_MEMBER_ACCOUNT    | PANEL_MEMBER       | OWN_TOWN   | false
          LINK_MEMBER_ACCOUNT    | PANEL_MEMBER       | OTHER_TOWN | false
          LINK_MEMBER_ACCOUNT    | CITY_COORDINATOR   | OWN_TOWN   | true
          LINK_MEMBER_ACCOUNT    | CITY_COORDINATOR   | OTHER_TOWN | false
          LINK_MEMBER_ACCOUNT    | NETWORK_ADMIN      | OWN_TOWN   | true
          LINK_MEMBER_ACCOUNT    | NETWORK_ADMIN      | OTHER_TOWN | true
          LINK_MEMBER_ACCOUNT    | INTEGRATION_READER | OWN_TOWN   | false
          LINK_MEMBER_ACCOUNT    | INTEGRATION_READER | OTHER_TOWN | false
          UNLINK_MEMBER_ACCOUNT  | ANONYMOUS          | OWN_TOWN   | false
          UNLINK_MEMBER_ACCOUNT  | ANONYMOUS          | OTHER_TOWN | false
          UNLINK_MEMBER_ACCOUNT  | PANEL_MEMBER       | OWN_TOWN   | false
          UNLINK_MEMBER_ACCOUNT  | PANEL_MEMBER       | OTHER_TOWN | false
          UNLINK_MEMBER_ACCOUNT  | CITY_COORDINATOR   | OWN_TOWN   | true
          UNLINK_MEMBER_ACCOUNT  | CITY_COORDINATOR   | OTHER_TOWN | false
          UNLINK_MEMBER_ACCOUNT  | NETWORK_ADMIN      | OWN_TOWN   | true
          UNLINK_MEMBER_ACCOUNT  | NETWORK_ADMIN      | OTHER_TOWN | true
          UNLINK_MEMBER_ACCOUNT  | INTEGRATION_READER | OWN_TOWN   | false
          UNLINK_MEMBER_ACCOUNT  | INTEGRATION_READER | OTHER_TOWN | false
          INVITE_MEMBER_ACCOUNT  | ANONYMOUS          | OWN_TOWN   | false
          INVITE_MEMBER_ACCOUNT  | ANONYMOUS          | OTHER_TOWN | false
          INVITE_MEMBER_ACCOUNT  | PANEL_MEMBER       | OWN_TOWN   | false
          INVITE_MEMBER_ACCOUNT  | PANEL_MEMBER       | OTHER_TOWN | false
          INVITE_MEMBER_ACCOUNT  | CITY_COORDINATOR   | OWN_TOWN   | true
          INVITE_MEMBER_ACCOUNT  | CITY_COORDINATOR   | OTHER_TOWN | false
          INVITE_MEMBER_ACCOUNT  | NETWORK_ADMIN      | OWN_TOWN   | true
          INVITE_MEMBER_ACCOUNT  | NETWORK_ADMIN      | OTHER_TOWN | true
          INVITE_MEMBER_ACCOUNT  | INTEGRATION_READER | OWN_TOWN   | false
          INVITE_MEMBER_ACCOUNT  | INTEGRATION_READER | OTHER_TOWN | false
          """)
  void roleInScope(PanelAction action, Role role, Scope scope, boolean allowed) {
    COVERED.add(action + "/" + role + "/" + scope);
    assertEquals(allowed, PanelPermissions.TABLE.allows(action, role, scope));
  }

  /** Public actions are public for every caller, because every caller also is anonymous. */
  @ParameterizedTest(name = "{0} by {1} in {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_CITIES          | ANONYMOUS          | mechelen | true
          VIEW_CITIES          | PANEL_MEMBER       | tartu    | true
          VIEW_PANEL_SUMMARIES | INTEGRATION_READER | mechelen | true
          VIEW_PANEL_SUMMARIES | CITY_COORDINATOR   | tartu    | true
          CREATE_PANEL         | ANONYMOUS          | mechelen | false
          CREATE_PANEL         | PANEL_MEMBER       | mechelen | false
          CREATE_PANEL         | INTEGRATION_READER | mechelen | false
          CREATE_PANEL         | CITY_COORDINATOR   | mechelen | true
          CREATE_PANEL         | CITY_COORDINATOR   | tartu    | false
          CREATE_PANEL         | NETWORK_ADMIN      | tartu    | true
          ADD_MEMBER           | CITY_COORDINATOR   | mechelen | true
          ADD_MEMBER           | CITY_COORDINATOR   | tartu    | false
          ADD_MEMBER           | PANEL_MEMBER       | mechelen | false
          ADD_MEMBER           | INTEGRATION_READER | mechelen | false
          ADD_MEMBER           | NETWORK_ADMIN      | tartu    | true
          VIEW_MEMBERS         | ANONYMOUS          | mechelen | false
          VIEW_MEMBERS         | INTEGRATION_READER | mechelen | false
          VIEW_MEMBERS         | PANEL_MEMBER       | mechelen | true
          VIEW_MEMBERS         | PANEL_MEMBER       | tartu    | false
          VIEW_MEMBERS         | CITY_COORDINATOR   | mechelen | true
          VIEW_MEMBERS         | CITY_COORDINATOR   | tartu    | false
          VIEW_MEMBERS         | NETWORK_ADMIN      | tartu    | true
          VIEW_PANEL           | INTEGRATION_READER | tartu    | true
          VIEW_POPULATION_GROUPS | PANEL_MEMBER     | mechelen | false
          VIEW_POPULATION_GROUPS | CITY_COORDINATOR | mechelen | true
          VIEW_POPULATION_GROUPS | CITY_COORDINATOR | tartu    | false
          EDIT_MEMBER          | PANEL_MEMBER       | mechelen | false
          EDIT_MEMBER          | CITY_COORDINATOR   | tartu    | false
          WITHDRAW_CONSENT     | PANEL_MEMBER       | mechelen | false
          CHANGE_PANEL_STATUS  | NETWORK_ADMIN      | tartu    | true
          VIEW_SESSIONS        | PANEL_MEMBER       | mechelen | true
          VIEW_SESSIONS        | PANEL_MEMBER       | tartu    | false
          VIEW_SESSIONS        | ANONYMOUS          | mechelen | false
          HOLD_SESSION         | CITY_COORDINATOR   | tartu    | false
          ERASE_MEMBER         | CITY_COORDINATOR   | mechelen | true
          ERASE_MEMBER         | PANEL_MEMBER       | mechelen | false
          EXPORT_OWN_DATA      | PANEL_MEMBER       | tartu    | true
          EXPORT_OWN_DATA      | INTEGRATION_READER | mechelen | false
          EDIT_CITY            | CITY_COORDINATOR   | mechelen | false
          EDIT_CITY            | NETWORK_ADMIN      | tartu    | true
          VIEW_BALANCE_RULES   | ANONYMOUS          | mechelen | true
          VIEW_BALANCE_RULES   | PANEL_MEMBER       | tartu    | true
          EDIT_BALANCE_RULES   | CITY_COORDINATOR   | mechelen | false
          EDIT_BALANCE_RULES   | NETWORK_ADMIN      | mechelen | true
          VIEW_BALANCE_DETAIL  | ANONYMOUS          | mechelen | false
          VIEW_BALANCE_DETAIL  | PANEL_MEMBER       | mechelen | false
          VIEW_BALANCE_DETAIL  | INTEGRATION_READER | mechelen | false
          VIEW_BALANCE_DETAIL  | CITY_COORDINATOR   | mechelen | true
          VIEW_BALANCE_DETAIL  | CITY_COORDINATOR   | tartu    | false
          VIEW_BALANCE_DETAIL  | NETWORK_ADMIN      | tartu    | true
          VIEW_POOL            | PANEL_MEMBER       | mechelen | false
          VIEW_POOL            | CITY_COORDINATOR   | mechelen | true
          VIEW_POOL            | CITY_COORDINATOR   | tartu    | false
          IMPORT_POOL          | INTEGRATION_READER | mechelen | false
          RUN_DRAW             | CITY_COORDINATOR   | tartu    | false
          CONFIRM_DRAW         | NETWORK_ADMIN      | tartu    | true
          VIEW_DRAW_AUDIT      | ANONYMOUS          | tartu    | true
          VIEW_DRAW_AUDIT      | PANEL_MEMBER       | tartu    | true
          SEARCH_MEMBER_ACCOUNTS | CITY_COORDINATOR | mechelen | true
          SEARCH_MEMBER_ACCOUNTS | CITY_COORDINATOR | tartu    | false
          INVITE_MEMBER_ACCOUNT  | PANEL_MEMBER     | mechelen | false
          INVITE_MEMBER_ACCOUNT  | NETWORK_ADMIN    | tartu    | true
          LINK_MEMBER_ACCOUNT    | INTEGRATION_READER | mechelen | false
          """)
  void actorOfMechelen(PanelAction action, Role role, String targetCity, boolean allowed) {
    Actor actor =
        role == Role.ANONYMOUS ? Actor.anonymous() : new Actor("someone", Set.of(role), "mechelen");
    assertEquals(allowed, PanelPermissions.TABLE.allows(action, actor, targetCity));
  }

  @ParameterizedTest(name = "{0} everywhere by {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_CITIES          | ANONYMOUS        | true
          VIEW_PANEL_SUMMARIES | ANONYMOUS        | true
          CREATE_PANEL         | CITY_COORDINATOR | false
          CREATE_PANEL         | NETWORK_ADMIN    | true
          ADD_MEMBER           | CITY_COORDINATOR | false
          ADD_MEMBER           | NETWORK_ADMIN    | true
          VIEW_MEMBERS         | PANEL_MEMBER     | false
          VIEW_MEMBERS         | NETWORK_ADMIN    | true
          VIEW_SESSIONS        | CITY_COORDINATOR | false
          EXPORT_OWN_DATA      | PANEL_MEMBER     | true
          VIEW_PERSONAL_DATA_AUDIT | NETWORK_ADMIN | true
          EDIT_CITY            | NETWORK_ADMIN    | true
          VIEW_BALANCE_RULES   | ANONYMOUS        | true
          EDIT_BALANCE_RULES   | CITY_COORDINATOR | false
          EDIT_BALANCE_RULES   | NETWORK_ADMIN    | true
          VIEW_BALANCE_DETAIL  | CITY_COORDINATOR | false
          VIEW_BALANCE_DETAIL  | NETWORK_ADMIN    | true
          VIEW_NETWORK_COMPOSITION | ANONYMOUS    | true
          VIEW_NETWORK_COMPOSITION | NETWORK_ADMIN | true
          """)
  void everywhere(PanelAction action, Role role, boolean allowed) {
    Actor actor = new Actor("someone", EnumSet.of(role), "mechelen");
    assertEquals(allowed, PanelPermissions.TABLE.allowsEverywhere(action, actor));
  }

  @ParameterizedTest
  @CsvSource({
    "mechelen, mechelen, OWN_TOWN",
    "mechelen, tartu, OTHER_TOWN",
    ", mechelen, OTHER_TOWN"
  })
  void scopeIsOwnTownOnlyForTheCallersTown(String callerCity, String target, Scope expected) {
    assertEquals(expected, Scope.of(callerCity, target));
  }

  /**
   * A statistics office's integration-writer role is granted nothing here: its writes are named by
   * initiative-service (indicator measurements). Public actions stay open to it as to anyone.
   */
  @ParameterizedTest(name = "{0} by INTEGRATION_WRITER in {1}")
  @MethodSource("everyActionInEveryScope")
  void integrationWriterHoldsNoCell(PanelAction action, Scope scope) {
    COVERED.add(action + "/" + Role.INTEGRATION_WRITER + "/" + scope);
    assertFalse(PanelPermissions.TABLE.allows(action, Role.INTEGRATION_WRITER, scope));
  }

  static Stream<Arguments> everyActionInEveryScope() {
    return Arrays.stream(PanelAction.values())
        .flatMap(a -> Arrays.stream(Scope.values()).map(s -> Arguments.of(a, s)));
  }

  @AfterAll
  static void everyCombinationIsInTheMatrix() {
    int combinations = PanelAction.values().length * Role.values().length * Scope.values().length;
    assertEquals(combinations, COVERED.size());
  }
}
