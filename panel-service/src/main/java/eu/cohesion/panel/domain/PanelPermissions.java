package eu.cohesion.panel.domain;

import static eu.cohesion.panel.domain.PanelAction.CREATE_PANEL;
import static eu.cohesion.panel.domain.PanelAction.VIEW_CITIES;
import static eu.cohesion.panel.domain.PanelAction.VIEW_PANEL_SUMMARIES;
import static eu.cohesion.panel.domain.Role.ANONYMOUS;
import static eu.cohesion.panel.domain.Role.CITY_COORDINATOR;
import static eu.cohesion.panel.domain.Role.NETWORK_ADMIN;
import static eu.cohesion.panel.domain.Scope.OTHER_TOWN;
import static eu.cohesion.panel.domain.Scope.OWN_TOWN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one authorisation table of the panel service: action × role → the scopes in which it is
 * allowed. Anything not listed is refused. Every caller also holds {@link Role#ANONYMOUS}, so a
 * public action needs only the anonymous row.
 */
public final class PanelPermissions {

  private static final Set<Scope> ANY_TOWN = EnumSet.allOf(Scope.class);

  private static final Map<PanelAction, Map<Role, Set<Scope>>> TABLE =
      Map.of(
          VIEW_CITIES, Map.of(ANONYMOUS, ANY_TOWN),
          // Summaries carry no personal data, so the public sees every town's panels.
          VIEW_PANEL_SUMMARIES, Map.of(ANONYMOUS, ANY_TOWN),
          CREATE_PANEL, Map.of(CITY_COORDINATOR, EnumSet.of(OWN_TOWN), NETWORK_ADMIN, ANY_TOWN));

  private PanelPermissions() {}

  /** Whether one role may perform the action in the given scope. */
  public static boolean allows(PanelAction action, Role role, Scope scope) {
    return TABLE.getOrDefault(action, Map.of()).getOrDefault(role, Set.of()).contains(scope);
  }

  /** Whether any of the actor's roles may perform the action on something of the target town. */
  public static boolean allows(PanelAction action, Actor actor, String targetCity) {
    Scope scope = Scope.of(actor.city(), targetCity);
    return actor.roles().stream().anyMatch(role -> allows(action, role, scope));
  }

  /** Same as {@link #allows(PanelAction, Actor, String)} for actions spanning every town. */
  public static boolean allowsEverywhere(PanelAction action, Actor actor) {
    return actor.roles().stream()
        .anyMatch(role -> allows(action, role, OWN_TOWN) && allows(action, role, OTHER_TOWN));
  }
}
