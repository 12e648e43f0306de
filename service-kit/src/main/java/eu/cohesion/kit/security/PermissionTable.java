package eu.cohesion.kit.security;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's authorisation table: action × role → the scopes in which the role may act. Anything
 * not listed is refused. Every caller also holds {@link Role#ANONYMOUS}, so a public action needs
 * only the anonymous row.
 *
 * @param <A> the service's actions
 */
public final class PermissionTable<A extends Enum<A>> {

  public static final Set<Scope> ANY_TOWN = EnumSet.allOf(Scope.class);
  public static final Set<Scope> OWN_TOWN_ONLY = EnumSet.of(Scope.OWN_TOWN);

  private final Map<A, Map<Role, Set<Scope>>> table;

  private PermissionTable(Map<A, Map<Role, Set<Scope>>> table) {
    this.table = table;
  }

  public static <A extends Enum<A>> Builder<A> of(Class<A> actions) {
    return new Builder<>(actions);
  }

  /** Whether one role may perform the action in the given scope. */
  public boolean allows(A action, Role role, Scope scope) {
    return table.getOrDefault(action, Map.of()).getOrDefault(role, Set.of()).contains(scope);
  }

  /** Whether any of the actor's roles may perform the action on something of the target town. */
  public boolean allows(A action, Actor actor, String targetCity) {
    Scope scope = Scope.of(actor.city(), targetCity);
    return actor.roles().stream().anyMatch(role -> allows(action, role, scope));
  }

  /** Whether the actor may perform the action on every town (e.g. list all towns at once). */
  public boolean allowsEverywhere(A action, Actor actor) {
    return actor.roles().stream()
        .anyMatch(
            role -> allows(action, role, Scope.OWN_TOWN) && allows(action, role, Scope.OTHER_TOWN));
  }

  /**
   * Whether the actor may perform the action somewhere: the role gate a request passes before
   * anything is read. Whether the target's town is one of those places is the use case's check.
   */
  public boolean allowsSomewhere(A action, Actor actor) {
    return actor.roles().stream()
        .anyMatch(
            role -> !table.getOrDefault(action, Map.of()).getOrDefault(role, Set.of()).isEmpty());
  }

  /**
   * Refuses (403) unless the actor may perform the action on something of the target town.
   *
   * @param refusal what the caller reads when refused, e.g. "you may not change practices of town
   *     mechelen"
   */
  public void require(A action, Actor actor, String targetCity, String refusal) {
    if (!allows(action, actor, targetCity)) {
      throw new ActionNotPermittedException(refusal);
    }
  }

  /**
   * The candidates the actor may perform on something of the target town, in declaration order: the
   * {@code allowedActions} of a view. A {@code null} town means every town.
   */
  @SafeVarargs
  public final List<A> allowedFor(Actor actor, String targetCity, A... candidates) {
    return Arrays.stream(candidates)
        .filter(
            action ->
                targetCity == null
                    ? allowsEverywhere(action, actor)
                    : allows(action, actor, targetCity))
        .sorted()
        .toList();
  }

  /**
   * The town a list is read in: the one asked for; without one, every town for a caller who may see
   * them all, else the caller's own town. Refused (403) when the caller may not list there.
   *
   * @param doing what the list does, for the refusal: "list initiatives" → "you may not list
   *     initiatives of town tartu"
   * @return the town to filter by, {@code null} for every town
   */
  public String townToList(A action, Actor actor, String requestedCity, String doing) {
    boolean everywhere = allowsEverywhere(action, actor);
    String city = requestedCity != null || everywhere ? requestedCity : actor.city();
    if (city == null && !everywhere) {
      throw new ActionNotPermittedException("you may not " + doing + ": your token names no town");
    }
    if (city != null && !allows(action, actor, city)) {
      throw new ActionNotPermittedException("you may not " + doing + " of town " + city);
    }
    return city;
  }

  /** Collects the rows; each {@code grant} adds one action × role cell. */
  public static final class Builder<A extends Enum<A>> {
    private final Map<A, Map<Role, Set<Scope>>> table;

    private Builder(Class<A> actions) {
      this.table = new EnumMap<>(actions);
    }

    public Builder<A> grant(A action, Role role, Set<Scope> scopes) {
      table.computeIfAbsent(action, a -> new EnumMap<>(Role.class)).put(role, Set.copyOf(scopes));
      return this;
    }

    public PermissionTable<A> build() {
      return new PermissionTable<>(table);
    }
  }
}
