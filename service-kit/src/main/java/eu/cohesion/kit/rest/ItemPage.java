package eu.cohesion.kit.rest;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.kit.security.PermissionTable;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The envelope of every list: one page of items, what a client needs to page through the rest, and
 * what the caller may do in the scope the list was read in (e.g. create one more).
 *
 * @param <T> the item view
 * @param <A> the service's actions
 */
@Schema(
    requiredProperties = {"items", "page", "size", "totalItems", "totalPages", "allowedActions"})
public record ItemPage<T, A extends Enum<A>>(
    List<T> items,
    @Schema(description = "0-based index of this page") int page,
    @Schema(description = "Items per page asked for") int size,
    long totalItems,
    int totalPages,
    @Schema(description = "What the caller may do in the town the list was read in")
        List<A> allowedActions) {

  /**
   * The page of views, with the candidates the caller may perform in the town the list was read in:
   * the caller's own town when it was read in every town (the admin's "every town" then).
   */
  @SafeVarargs
  public static <S, T, A extends Enum<A>> ItemPage<T, A> of(
      ResultPage<S> result,
      Function<S, T> view,
      PermissionTable<A> table,
      Actor actor,
      A... candidates) {
    String town = result.town() != null ? result.town() : actor.city();
    return new ItemPage<>(
        result.items().stream().map(view).toList(),
        result.page(),
        result.size(),
        result.totalItems(),
        result.totalPages(),
        table.allowedFor(actor, town, candidates));
  }
}
