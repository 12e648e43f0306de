package eu.cohesion.kit.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to page through the rest. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  /** A page of {@code size} items out of {@code totalItems}; an empty list has no pages. */
  public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
    int totalPages = (int) ((totalItems + size - 1) / size);
    return new ResultPage<>(items, page, size, totalItems, totalPages);
  }

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
