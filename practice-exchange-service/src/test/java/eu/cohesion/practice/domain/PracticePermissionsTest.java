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
          PUBLISH_PRACTICE         | ANONYMOUS          | OWN_TOWN   | false
          PUBLISH_PRACTICE         | ANONYMOUS          | OTHER_TOWN | false
          PUBLISH_PRACTICE         | PANEL_MEMBER       | OWN_TOWN   | false
          PUBLISH_PRACTICE         | PANEL_MEMBER       | OTHER_TOWN | false
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | OWN_TOWN   | true
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | OTHER_TOWN | false
          PUBLISH_PRACTICE         | NETWORK_ADMIN      | OWN_TOWN   | true
          PUBLISH_PRACTICE         | NETWORK_ADMIN      | OTHER_TOWN | true
          PUBLISH_PRACTICE         | INTEGRATION_READER | OWN_TOWN   | false
          PUBLISH_PRACTICE         | INTEGRATION_READER | OTHER_TOWN | false
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
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | mechelen | mechelen | true
          PUBLISH_PRACTICE         | CITY_COORDINATOR   | mechelen | tartu    | false
          PUBLISH_PRACTICE         | INTEGRATION_READER |          | mechelen | false
          PUBLISH_PRACTICE         | NETWORK_ADMIN      |          | tartu    | true
          SEARCH_PRACTICES         | ANONYMOUS          |          | tartu    | true
          SEARCH_PRACTICES         | PANEL_MEMBER       | mechelen | tartu    | true
          SEARCH_PRACTICES         | INTEGRATION_READER |          | mechelen | true
          EXPORT_OPEN_DATA         | ANONYMOUS          |          | mechelen | true
          EXPORT_OPEN_DATA         | CITY_COORDINATOR   | tartu    | mechelen | true
          READ_FEEDS               | ANONYMOUS          |          | tartu    | true
          READ_FEEDS               | INTEGRATION_READER |          | mechelen | true
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
          SEARCH_PRACTICES         | ANONYMOUS          | true
          SEARCH_PRACTICES         | CITY_COORDINATOR   | true
          EXPORT_OPEN_DATA         | ANONYMOUS          | true
          READ_FEEDS               | PANEL_MEMBER       | true
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
