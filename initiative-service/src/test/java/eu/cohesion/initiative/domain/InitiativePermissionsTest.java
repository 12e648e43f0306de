package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
class InitiativePermissionsTest {

  private static final Set<String> COVERED = new HashSet<>();

  @ParameterizedTest(name = "{0} by {1} in {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_INITIATIVES  | ANONYMOUS          | OWN_TOWN   | false
          VIEW_INITIATIVES  | ANONYMOUS          | OTHER_TOWN | false
          VIEW_INITIATIVES  | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_INITIATIVES  | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_INITIATIVES  | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_INITIATIVES  | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_INITIATIVES  | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_INITIATIVES  | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_INITIATIVES  | INTEGRATION_READER | OWN_TOWN   | true
          VIEW_INITIATIVES  | INTEGRATION_READER | OTHER_TOWN | true
          CREATE_INITIATIVE | ANONYMOUS          | OWN_TOWN   | false
          CREATE_INITIATIVE | ANONYMOUS          | OTHER_TOWN | false
          CREATE_INITIATIVE | PANEL_MEMBER       | OWN_TOWN   | false
          CREATE_INITIATIVE | PANEL_MEMBER       | OTHER_TOWN | false
          CREATE_INITIATIVE | CITY_COORDINATOR   | OWN_TOWN   | true
          CREATE_INITIATIVE | CITY_COORDINATOR   | OTHER_TOWN | false
          CREATE_INITIATIVE | NETWORK_ADMIN      | OWN_TOWN   | true
          CREATE_INITIATIVE | NETWORK_ADMIN      | OTHER_TOWN | true
          CREATE_INITIATIVE | INTEGRATION_READER | OWN_TOWN   | false
          CREATE_INITIATIVE | INTEGRATION_READER | OTHER_TOWN | false
          CHANGE_STATUS     | ANONYMOUS          | OWN_TOWN   | false
          CHANGE_STATUS     | ANONYMOUS          | OTHER_TOWN | false
          CHANGE_STATUS     | PANEL_MEMBER       | OWN_TOWN   | false
          CHANGE_STATUS     | PANEL_MEMBER       | OTHER_TOWN | false
          CHANGE_STATUS     | CITY_COORDINATOR   | OWN_TOWN   | true
          CHANGE_STATUS     | CITY_COORDINATOR   | OTHER_TOWN | false
          CHANGE_STATUS     | NETWORK_ADMIN      | OWN_TOWN   | true
          CHANGE_STATUS     | NETWORK_ADMIN      | OTHER_TOWN | true
          CHANGE_STATUS     | INTEGRATION_READER | OWN_TOWN   | false
          CHANGE_STATUS     | INTEGRATION_READER | OTHER_TOWN | false
          EXPORT_OWN_DATA   | ANONYMOUS          | OWN_TOWN   | false
          EXPORT_OWN_DATA   | ANONYMOUS          | OTHER_TOWN | false
          EXPORT_OWN_DATA   | PANEL_MEMBER       | OWN_TOWN   | true
          EXPORT_OWN_DATA   | PANEL_MEMBER       | OTHER_TOWN | true
          EXPORT_OWN_DATA   | CITY_COORDINATOR   | OWN_TOWN   | true
          EXPORT_OWN_DATA   | CITY_COORDINATOR   | OTHER_TOWN | true
          EXPORT_OWN_DATA   | NETWORK_ADMIN      | OWN_TOWN   | true
          EXPORT_OWN_DATA   | NETWORK_ADMIN      | OTHER_TOWN | true
          EXPORT_OWN_DATA   | INTEGRATION_READER | OWN_TOWN   | false
          EXPORT_OWN_DATA   | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_OWN_NOTIFICATIONS   | ANONYMOUS          | OWN_TOWN   | false
          VIEW_OWN_NOTIFICATIONS   | ANONYMOUS          | OTHER_TOWN | false
          VIEW_OWN_NOTIFICATIONS   | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_OWN_NOTIFICATIONS   | PANEL_MEMBER       | OTHER_TOWN | true
          VIEW_OWN_NOTIFICATIONS   | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_OWN_NOTIFICATIONS   | CITY_COORDINATOR   | OTHER_TOWN | true
          VIEW_OWN_NOTIFICATIONS   | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_OWN_NOTIFICATIONS   | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_OWN_NOTIFICATIONS   | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_OWN_NOTIFICATIONS   | INTEGRATION_READER | OTHER_TOWN | false
          CHANGE_OWN_NOTIFICATIONS | ANONYMOUS          | OWN_TOWN   | false
          CHANGE_OWN_NOTIFICATIONS | ANONYMOUS          | OTHER_TOWN | false
          CHANGE_OWN_NOTIFICATIONS | PANEL_MEMBER       | OWN_TOWN   | true
          CHANGE_OWN_NOTIFICATIONS | PANEL_MEMBER       | OTHER_TOWN | true
          CHANGE_OWN_NOTIFICATIONS | CITY_COORDINATOR   | OWN_TOWN   | true
          CHANGE_OWN_NOTIFICATIONS | CITY_COORDINATOR   | OTHER_TOWN | true
          CHANGE_OWN_NOTIFICATIONS | NETWORK_ADMIN      | OWN_TOWN   | true
          CHANGE_OWN_NOTIFICATIONS | NETWORK_ADMIN      | OTHER_TOWN | true
          CHANGE_OWN_NOTIFICATIONS | INTEGRATION_READER | OWN_TOWN   | false
          CHANGE_OWN_NOTIFICATIONS | INTEGRATION_READER | OTHER_TOWN | false
          MANAGE_INDICATORS | ANONYMOUS          | OWN_TOWN   | false
          MANAGE_INDICATORS | ANONYMOUS          | OTHER_TOWN | false
          MANAGE_INDICATORS | PANEL_MEMBER       | OWN_TOWN   | false
          MANAGE_INDICATORS | PANEL_MEMBER       | OTHER_TOWN | false
          MANAGE_INDICATORS | CITY_COORDINATOR   | OWN_TOWN   | true
          MANAGE_INDICATORS | CITY_COORDINATOR   | OTHER_TOWN | false
          MANAGE_INDICATORS | NETWORK_ADMIN      | OWN_TOWN   | true
          MANAGE_INDICATORS | NETWORK_ADMIN      | OTHER_TOWN | true
          MANAGE_INDICATORS | INTEGRATION_READER | OWN_TOWN   | false
          MANAGE_INDICATORS | INTEGRATION_READER | OTHER_TOWN | false
          ADD_MEASUREMENT   | ANONYMOUS          | OWN_TOWN   | false
          ADD_MEASUREMENT   | ANONYMOUS          | OTHER_TOWN | false
          ADD_MEASUREMENT   | PANEL_MEMBER       | OWN_TOWN   | false
          ADD_MEASUREMENT   | PANEL_MEMBER       | OTHER_TOWN | false
          ADD_MEASUREMENT   | CITY_COORDINATOR   | OWN_TOWN   | true
          ADD_MEASUREMENT   | CITY_COORDINATOR   | OTHER_TOWN | false
          ADD_MEASUREMENT   | NETWORK_ADMIN      | OWN_TOWN   | true
          ADD_MEASUREMENT   | NETWORK_ADMIN      | OTHER_TOWN | true
          ADD_MEASUREMENT   | INTEGRATION_READER | OWN_TOWN   | false
          ADD_MEASUREMENT   | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_SURVEY                | ANONYMOUS          | OWN_TOWN   | false
          VIEW_SURVEY                | ANONYMOUS          | OTHER_TOWN | false
          VIEW_SURVEY                | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_SURVEY                | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_SURVEY                | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_SURVEY                | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_SURVEY                | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_SURVEY                | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_SURVEY                | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_SURVEY                | INTEGRATION_READER | OTHER_TOWN | false
          MANAGE_SURVEY              | ANONYMOUS          | OWN_TOWN   | false
          MANAGE_SURVEY              | ANONYMOUS          | OTHER_TOWN | false
          MANAGE_SURVEY              | PANEL_MEMBER       | OWN_TOWN   | false
          MANAGE_SURVEY              | PANEL_MEMBER       | OTHER_TOWN | false
          MANAGE_SURVEY              | CITY_COORDINATOR   | OWN_TOWN   | true
          MANAGE_SURVEY              | CITY_COORDINATOR   | OTHER_TOWN | false
          MANAGE_SURVEY              | NETWORK_ADMIN      | OWN_TOWN   | true
          MANAGE_SURVEY              | NETWORK_ADMIN      | OTHER_TOWN | true
          MANAGE_SURVEY              | INTEGRATION_READER | OWN_TOWN   | false
          MANAGE_SURVEY              | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_SURVEY_RESULTS        | ANONYMOUS          | OWN_TOWN   | false
          VIEW_SURVEY_RESULTS        | ANONYMOUS          | OTHER_TOWN | false
          VIEW_SURVEY_RESULTS        | PANEL_MEMBER       | OWN_TOWN   | true
          VIEW_SURVEY_RESULTS        | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_SURVEY_RESULTS        | CITY_COORDINATOR   | OWN_TOWN   | true
          VIEW_SURVEY_RESULTS        | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_SURVEY_RESULTS        | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_SURVEY_RESULTS        | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_SURVEY_RESULTS        | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_SURVEY_RESULTS        | INTEGRATION_READER | OTHER_TOWN | false
          MODERATE_SURVEY_QUOTES     | ANONYMOUS          | OWN_TOWN   | false
          MODERATE_SURVEY_QUOTES     | ANONYMOUS          | OTHER_TOWN | false
          MODERATE_SURVEY_QUOTES     | PANEL_MEMBER       | OWN_TOWN   | false
          MODERATE_SURVEY_QUOTES     | PANEL_MEMBER       | OTHER_TOWN | false
          MODERATE_SURVEY_QUOTES     | CITY_COORDINATOR   | OWN_TOWN   | true
          MODERATE_SURVEY_QUOTES     | CITY_COORDINATOR   | OTHER_TOWN | false
          MODERATE_SURVEY_QUOTES     | NETWORK_ADMIN      | OWN_TOWN   | true
          MODERATE_SURVEY_QUOTES     | NETWORK_ADMIN      | OTHER_TOWN | true
          MODERATE_SURVEY_QUOTES     | INTEGRATION_READER | OWN_TOWN   | false
          MODERATE_SURVEY_QUOTES     | INTEGRATION_READER | OTHER_TOWN | false
          ANSWER_SURVEY              | ANONYMOUS          | OWN_TOWN   | true
          ANSWER_SURVEY              | ANONYMOUS          | OTHER_TOWN | true
          ANSWER_SURVEY              | PANEL_MEMBER       | OWN_TOWN   | false
          ANSWER_SURVEY              | PANEL_MEMBER       | OTHER_TOWN | false
          ANSWER_SURVEY              | CITY_COORDINATOR   | OWN_TOWN   | false
          ANSWER_SURVEY              | CITY_COORDINATOR   | OTHER_TOWN | false
          ANSWER_SURVEY              | NETWORK_ADMIN      | OWN_TOWN   | false
          ANSWER_SURVEY              | NETWORK_ADMIN      | OTHER_TOWN | false
          ANSWER_SURVEY              | INTEGRATION_READER | OWN_TOWN   | false
          ANSWER_SURVEY              | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_PUBLIC_SURVEY_RESULTS | ANONYMOUS          | OWN_TOWN   | true
          VIEW_PUBLIC_SURVEY_RESULTS | ANONYMOUS          | OTHER_TOWN | true
          VIEW_PUBLIC_SURVEY_RESULTS | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_PUBLIC_SURVEY_RESULTS | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_PUBLIC_SURVEY_RESULTS | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_PUBLIC_SURVEY_RESULTS | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_PUBLIC_SURVEY_RESULTS | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_PUBLIC_SURVEY_RESULTS | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_PUBLIC_SURVEY_RESULTS | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_PUBLIC_SURVEY_RESULTS | INTEGRATION_READER | OTHER_TOWN | false
          OPEN_REVIEW_ROUND | ANONYMOUS          | OWN_TOWN   | false
          OPEN_REVIEW_ROUND | ANONYMOUS          | OTHER_TOWN | false
          OPEN_REVIEW_ROUND | PANEL_MEMBER       | OWN_TOWN   | false
          OPEN_REVIEW_ROUND | PANEL_MEMBER       | OTHER_TOWN | false
          OPEN_REVIEW_ROUND | CITY_COORDINATOR   | OWN_TOWN   | true
          OPEN_REVIEW_ROUND | CITY_COORDINATOR   | OTHER_TOWN | false
          OPEN_REVIEW_ROUND | NETWORK_ADMIN      | OWN_TOWN   | true
          OPEN_REVIEW_ROUND | NETWORK_ADMIN      | OTHER_TOWN | true
          OPEN_REVIEW_ROUND | INTEGRATION_READER | OWN_TOWN   | false
          OPEN_REVIEW_ROUND | INTEGRATION_READER | OTHER_TOWN | false
          CLOSE_REVIEW_ROUND| ANONYMOUS          | OWN_TOWN   | false
          CLOSE_REVIEW_ROUND| ANONYMOUS          | OTHER_TOWN | false
          CLOSE_REVIEW_ROUND| PANEL_MEMBER       | OWN_TOWN   | false
          CLOSE_REVIEW_ROUND| PANEL_MEMBER       | OTHER_TOWN | false
          CLOSE_REVIEW_ROUND| CITY_COORDINATOR   | OWN_TOWN   | true
          CLOSE_REVIEW_ROUND| CITY_COORDINATOR   | OTHER_TOWN | false
          CLOSE_REVIEW_ROUND| NETWORK_ADMIN      | OWN_TOWN   | true
          CLOSE_REVIEW_ROUND| NETWORK_ADMIN      | OTHER_TOWN | true
          CLOSE_REVIEW_ROUND| INTEGRATION_READER | OWN_TOWN   | false
          CLOSE_REVIEW_ROUND| INTEGRATION_READER | OTHER_TOWN | false
          SUBMIT_REVIEW     | ANONYMOUS          | OWN_TOWN   | false
          SUBMIT_REVIEW     | ANONYMOUS          | OTHER_TOWN | false
          SUBMIT_REVIEW     | PANEL_MEMBER       | OWN_TOWN   | true
          SUBMIT_REVIEW     | PANEL_MEMBER       | OTHER_TOWN | false
          SUBMIT_REVIEW     | CITY_COORDINATOR   | OWN_TOWN   | false
          SUBMIT_REVIEW     | CITY_COORDINATOR   | OTHER_TOWN | false
          SUBMIT_REVIEW     | NETWORK_ADMIN      | OWN_TOWN   | false
          SUBMIT_REVIEW     | NETWORK_ADMIN      | OTHER_TOWN | false
          SUBMIT_REVIEW     | INTEGRATION_READER | OWN_TOWN   | false
          SUBMIT_REVIEW     | INTEGRATION_READER | OTHER_TOWN | false
          EDIT_INITIATIVE   | ANONYMOUS          | OWN_TOWN   | false
          EDIT_INITIATIVE   | ANONYMOUS          | OTHER_TOWN | false
          EDIT_INITIATIVE   | PANEL_MEMBER       | OWN_TOWN   | false
          EDIT_INITIATIVE   | PANEL_MEMBER       | OTHER_TOWN | false
          EDIT_INITIATIVE   | CITY_COORDINATOR   | OWN_TOWN   | true
          EDIT_INITIATIVE   | CITY_COORDINATOR   | OTHER_TOWN | false
          EDIT_INITIATIVE   | NETWORK_ADMIN      | OWN_TOWN   | true
          EDIT_INITIATIVE   | NETWORK_ADMIN      | OTHER_TOWN | true
          EDIT_INITIATIVE   | INTEGRATION_READER | OWN_TOWN   | false
          EDIT_INITIATIVE   | INTEGRATION_READER | OTHER_TOWN | false
          DELETE_INITIATIVE | ANONYMOUS          | OWN_TOWN   | false
          DELETE_INITIATIVE | ANONYMOUS          | OTHER_TOWN | false
          DELETE_INITIATIVE | PANEL_MEMBER       | OWN_TOWN   | false
          DELETE_INITIATIVE | PANEL_MEMBER       | OTHER_TOWN | false
          DELETE_INITIATIVE | CITY_COORDINATOR   | OWN_TOWN   | true
          DELETE_INITIATIVE | CITY_COORDINATOR   | OTHER_TOWN | false
          DELETE_INITIATIVE | NETWORK_ADMIN      | OWN_TOWN   | true
          DELETE_INITIATIVE | NETWORK_ADMIN      | OTHER_TOWN | true
          DELETE_INITIATIVE | INTEGRATION_READER | OWN_TOWN   | false
          DELETE_INITIATIVE | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_INITIATIVE_STATISTICS | ANONYMOUS          | OWN_TOWN   | true
          VIEW_INITIATIVE_STATISTICS | ANONYMOUS          | OTHER_TOWN | true
          VIEW_INITIATIVE_STATISTICS | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_INITIATIVE_STATISTICS | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_INITIATIVE_STATISTICS | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_INITIATIVE_STATISTICS | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_INITIATIVE_STATISTICS | NETWORK_ADMIN      | OWN_TOWN   | false
          VIEW_INITIATIVE_STATISTICS | NETWORK_ADMIN      | OTHER_TOWN | false
          VIEW_INITIATIVE_STATISTICS | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_INITIATIVE_STATISTICS | INTEGRATION_READER | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT  | ANONYMOUS          | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT  | ANONYMOUS          | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT  | PANEL_MEMBER       | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT  | PANEL_MEMBER       | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT  | CITY_COORDINATOR   | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT  | CITY_COORDINATOR   | OTHER_TOWN | false
          VIEW_ADMIN_AUDIT  | NETWORK_ADMIN      | OWN_TOWN   | true
          VIEW_ADMIN_AUDIT  | NETWORK_ADMIN      | OTHER_TOWN | true
          VIEW_ADMIN_AUDIT  | INTEGRATION_READER | OWN_TOWN   | false
          VIEW_ADMIN_AUDIT  | INTEGRATION_READER | OTHER_TOWN | false
          """)
  void roleInScope(InitiativeAction action, Role role, Scope scope, boolean allowed) {
    COVERED.add(action + "/" + role + "/" + scope);
    assertEquals(allowed, InitiativePermissions.TABLE.allows(action, role, scope));
  }

  /**
   * A town's statistics office (integration-writer) adds measurements to its own town's indicators
   * and may do nothing else, here or elsewhere: every other action, and every action in another
   * town, is refused, also actions added later.
   */
  @ParameterizedTest(name = "{0} by INTEGRATION_WRITER in {1}")
  @MethodSource("everyActionInEveryScope")
  void integrationWriterOnlyMeasuresItsOwnTown(InitiativeAction action, Scope scope) {
    COVERED.add(action + "/" + Role.INTEGRATION_WRITER + "/" + scope);
    boolean allowed = action == InitiativeAction.ADD_MEASUREMENT && scope == Scope.OWN_TOWN;
    assertEquals(
        allowed, InitiativePermissions.TABLE.allows(action, Role.INTEGRATION_WRITER, scope));
  }

  static Stream<Arguments> everyActionInEveryScope() {
    return Arrays.stream(InitiativeAction.values())
        .flatMap(a -> Arrays.stream(Scope.values()).map(s -> Arguments.of(a, s)));
  }

  /** Callers as tokens make them: a member or coordinator of Mechelen acting on a town. */
  @ParameterizedTest(name = "{0} by {1} of mechelen on {2} → {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_INITIATIVES  | ANONYMOUS          | mechelen | false
          VIEW_INITIATIVES  | PANEL_MEMBER       | mechelen | true
          VIEW_INITIATIVES  | PANEL_MEMBER       | tartu    | false
          VIEW_INITIATIVES  | INTEGRATION_READER | tartu    | true
          CREATE_INITIATIVE | CITY_COORDINATOR   | mechelen | true
          CREATE_INITIATIVE | CITY_COORDINATOR   | tartu    | false
          CREATE_INITIATIVE | PANEL_MEMBER       | mechelen | false
          CHANGE_STATUS     | CITY_COORDINATOR   | mechelen | true
          CHANGE_STATUS     | CITY_COORDINATOR   | tartu    | false
          CHANGE_STATUS     | NETWORK_ADMIN      | tartu    | true
          CHANGE_STATUS     | INTEGRATION_READER | mechelen | false
          ADD_MEASUREMENT   | INTEGRATION_WRITER | mechelen | true
          ADD_MEASUREMENT   | INTEGRATION_WRITER | tartu    | false
          VIEW_INITIATIVES  | INTEGRATION_WRITER | mechelen | false
          MANAGE_INDICATORS | INTEGRATION_WRITER | mechelen | false
          MANAGE_INDICATORS | CITY_COORDINATOR   | mechelen | true
          MANAGE_INDICATORS | CITY_COORDINATOR   | tartu    | false
          ADD_MEASUREMENT   | CITY_COORDINATOR   | tartu    | false
          MANAGE_SURVEY              | CITY_COORDINATOR   | mechelen | true
          MANAGE_SURVEY              | CITY_COORDINATOR   | tartu    | false
          VIEW_SURVEY_RESULTS        | PANEL_MEMBER       | mechelen | true
          VIEW_SURVEY_RESULTS        | PANEL_MEMBER       | tartu    | false
          MODERATE_SURVEY_QUOTES     | PANEL_MEMBER       | mechelen | false
          ANSWER_SURVEY              | ANONYMOUS          | mechelen | true
          ANSWER_SURVEY              | PANEL_MEMBER       | tartu    | true
          VIEW_PUBLIC_SURVEY_RESULTS | ANONYMOUS          | tartu    | true
          VIEW_SURVEY_RESULTS        | ANONYMOUS          | mechelen | false
          OPEN_REVIEW_ROUND | CITY_COORDINATOR   | mechelen | true
          OPEN_REVIEW_ROUND | CITY_COORDINATOR   | tartu    | false
          CLOSE_REVIEW_ROUND | CITY_COORDINATOR  | tartu    | false
          SUBMIT_REVIEW     | PANEL_MEMBER       | mechelen | true
          SUBMIT_REVIEW     | PANEL_MEMBER       | tartu    | false
          SUBMIT_REVIEW     | CITY_COORDINATOR   | mechelen | false
          EDIT_INITIATIVE   | CITY_COORDINATOR   | mechelen | true
          EDIT_INITIATIVE   | CITY_COORDINATOR   | tartu    | false
          EDIT_INITIATIVE   | PANEL_MEMBER       | mechelen | false
          DELETE_INITIATIVE | CITY_COORDINATOR   | mechelen | true
          DELETE_INITIATIVE | CITY_COORDINATOR   | tartu    | false
          DELETE_INITIATIVE | NETWORK_ADMIN      | tartu    | true
          """)
  void actorOfMechelen(InitiativeAction action, Role role, String targetCity, boolean allowed) {
    Actor actor =
        role == Role.ANONYMOUS ? Actor.anonymous() : new Actor("someone", Set.of(role), "mechelen");
    assertEquals(allowed, InitiativePermissions.TABLE.allows(action, actor, targetCity));
  }

  /** Listing without a town: only those who may read every town's initiatives. */
  @ParameterizedTest(name = "{0} everywhere by {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          VIEW_INITIATIVES | ANONYMOUS          | false
          VIEW_INITIATIVES | PANEL_MEMBER       | false
          VIEW_INITIATIVES | CITY_COORDINATOR   | false
          VIEW_INITIATIVES | NETWORK_ADMIN      | true
          VIEW_INITIATIVES | INTEGRATION_READER | true
          VIEW_INITIATIVE_STATISTICS | ANONYMOUS | true
          VIEW_INITIATIVE_STATISTICS | PANEL_MEMBER | true
          VIEW_ADMIN_AUDIT | NETWORK_ADMIN | true
          VIEW_ADMIN_AUDIT | CITY_COORDINATOR | false
          VIEW_ADMIN_AUDIT | INTEGRATION_READER | false
          """)
  void everywhere(InitiativeAction action, Role role, boolean allowed) {
    Actor actor = new Actor("someone", Set.of(role), "mechelen");
    assertEquals(allowed, InitiativePermissions.TABLE.allowsEverywhere(action, actor));
  }

  @AfterAll
  static void everyCombinationIsInTheMatrix() {
    int combinations =
        InitiativeAction.values().length * Role.values().length * Scope.values().length;
    assertEquals(combinations, COVERED.size());
  }
}
