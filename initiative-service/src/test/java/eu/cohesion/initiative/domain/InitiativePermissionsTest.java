package eu.cohesion.initiative.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.security.Scope;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
          """)
  void roleInScope(InitiativeAction action, Role role, Scope scope, boolean allowed) {
    COVERED.add(action + "/" + role + "/" + scope);
    assertEquals(allowed, InitiativePermissions.TABLE.allows(action, role, scope));
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
