package eu.cohesion.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
