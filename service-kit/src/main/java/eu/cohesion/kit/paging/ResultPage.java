package eu.cohesion.kit.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to page through the rest.
 *
 * @param town the town the list was read in, {@code null} for every town
 */
public record ResultPage<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, String town) {

  /** A page of {@code size} items out of {@code totalItems}; an empty list has no pages. */
  public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
    int totalPages = (int) ((totalItems + size - 1) / size);
    return new ResultPage<>(items, page, size, totalItems, totalPages, null);
  }

  /** The same page, read in the given town ({@code null}: every town). */
  public ResultPage<T> in(String town) {
    return new ResultPage<>(items, page, size, totalItems, totalPages, town);
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages, town);
  }
}
