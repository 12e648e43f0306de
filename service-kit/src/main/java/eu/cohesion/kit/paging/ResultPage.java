package eu.cohesion.kit.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to page through the rest. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public <R> ResultPage<R> map(Function<T, R> mapper) {
    return new ResultPage<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
