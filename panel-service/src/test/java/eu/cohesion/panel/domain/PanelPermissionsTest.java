package eu.cohesion.panel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.Role;
import eu.cohesion.kit.security.Scope;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
          VIEW_POOL            | PANEL_MEMBER       | mechelen | false
          VIEW_POOL            | CITY_COORDINATOR   | mechelen | true
          VIEW_POOL            | CITY_COORDINATOR   | tartu    | false
          IMPORT_POOL          | INTEGRATION_READER | mechelen | false
          RUN_DRAW             | CITY_COORDINATOR   | tartu    | false
          CONFIRM_DRAW         | NETWORK_ADMIN      | tartu    | true
          VIEW_DRAW_AUDIT      | ANONYMOUS          | tartu    | true
          VIEW_DRAW_AUDIT      | PANEL_MEMBER       | tartu    | true
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

  @AfterAll
  static void everyCombinationIsInTheMatrix() {
    int combinations = PanelAction.values().length * Role.values().length * Scope.values().length;
    assertEquals(combinations, COVERED.size());
  }
}
