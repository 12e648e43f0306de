package eu.cohesion.kit.paging;

import io.quarkus.panache.common.Sort;

/**
 * The order a list is asked for, from a {@code sort} parameter {@code property[,asc|desc]}. The
 * resource checks the parameter against its list's properties; the names are entity properties.
 */
public record Sorting(String property, boolean descending) {

  /** The part of a sort pattern after the property names: an optional direction. */
  public static final String DIRECTION = "(,(asc|desc))?";

  /** Parses a value its resource has already checked against the list's sort pattern. */
  public static Sorting parse(String sort) {
    String[] order = sort.split(",");
    return new Sorting(order[0], order.length > 1 && order[1].equals("desc"));
  }

  /**
   * The Panache order: missing values (a draft's publishedAt) last in either direction, the id
   * breaking ties so that equal values never shuffle between pages.
   */
  public Sort toSort() {
    return Sort.by(
            property,
            descending ? Sort.Direction.Descending : Sort.Direction.Ascending,
            Sort.NullPrecedence.NULLS_LAST)
        .and("id");
  }
}
