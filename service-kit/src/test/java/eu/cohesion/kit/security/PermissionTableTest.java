package eu.cohesion.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionTableTest {

  enum Action {
    READ,
    WRITE
  }

  private final PermissionTable<Action> table =
      PermissionTable.of(Action.class)
          .grant(Action.READ, Role.ANONYMOUS, PermissionTable.ANY_TOWN)
          .grant(Action.WRITE, Role.CITY_COORDINATOR, PermissionTable.OWN_TOWN_ONLY)
          .grant(Action.WRITE, Role.NETWORK_ADMIN, PermissionTable.ANY_TOWN)
          .build();

  private final Actor coordinator = new Actor("c", Set.of(Role.CITY_COORDINATOR), "tartu");

  @Test
  void unlistedCellsAreRefused() {
    assertFalse(table.allows(Action.WRITE, Role.PANEL_MEMBER, Scope.OWN_TOWN));
    assertFalse(table.allows(Action.WRITE, Role.ANONYMOUS, Scope.OTHER_TOWN));
  }

  @Test
  void aCoordinatorActsInTheirOwnTownOnly() {
    assertTrue(table.allows(Action.WRITE, coordinator, "tartu"));
    assertFalse(table.allows(Action.WRITE, coordinator, "celje"));
    assertFalse(table.allowsEverywhere(Action.WRITE, coordinator));
  }

  @Test
  void everyCallerHoldsTheAnonymousRowAndAnAdminActsEverywhere() {
    assertTrue(table.allowsEverywhere(Action.READ, coordinator));
    assertTrue(table.allowsEverywhere(Action.READ, Actor.anonymous()));
    assertTrue(
        table.allowsEverywhere(Action.WRITE, new Actor("a", Set.of(Role.NETWORK_ADMIN), null)));
  }

  @Test
  void aCallerWithoutATownHasNoOwnTown() {
    assertEquals(Scope.OTHER_TOWN, Scope.of(null, null));
    assertFalse(
        table.allows(Action.WRITE, new Actor("c", Set.of(Role.CITY_COORDINATOR), null), null));
  }

  @Test
  void theRoleGateAsksWhetherTheCallerMayActAnywhere() {
    assertTrue(table.allowsSomewhere(Action.WRITE, coordinator));
    assertFalse(table.allowsSomewhere(Action.WRITE, Actor.anonymous()));
    assertFalse(
        table.allowsSomewhere(Action.WRITE, new Actor("m", Set.of(Role.PANEL_MEMBER), "tartu")));
  }

  @Test
  void allowedActionsAreTheCandidatesTheCallerMayPerformThere() {
    assertEquals(
        List.of(Action.READ, Action.WRITE),
        table.allowedFor(coordinator, "tartu", Action.WRITE, Action.READ));
    assertEquals(
        List.of(Action.READ), table.allowedFor(coordinator, "celje", Action.READ, Action.WRITE));
    assertEquals(List.of(), table.allowedFor(Actor.anonymous(), null, Action.WRITE));
  }

  @Test
  void aListWithoutATownIsEveryTownOrTheCallersOwn() {
    assertNull(table.townToList(Action.READ, coordinator, null, "read"));
    assertEquals("tartu", table.townToList(Action.WRITE, coordinator, null, "write"));
    assertEquals("celje", table.townToList(Action.READ, coordinator, "celje", "read"));
    ActionNotPermittedException otherTown =
        assertThrows(
            ActionNotPermittedException.class,
            () -> table.townToList(Action.WRITE, coordinator, "celje", "list things"));
    assertEquals("you may not list things of town celje", otherTown.getMessage());
    ActionNotPermittedException noTown =
        assertThrows(
            ActionNotPermittedException.class,
            () -> table.townToList(Action.WRITE, Actor.anonymous(), null, "list things"));
    assertEquals("you may not list things: your token names no town", noTown.getMessage());
  }
}
