package eu.cohesion.kit.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of one list query, each applied only when its value is given, and the page read
 * with them.
 */
public final class Filter {

  private final List<String> conditions = new ArrayList<>();
  private final Parameters parameters = new Parameters();

  private Filter() {}

  /** The filter of a page request: its {@code updatedSince}, on the entity's {@code updatedAt}. */
  public static Filter of(PageRequest request) {
    return new Filter().and("updatedAt >= :updatedSince", "updatedSince", request.updatedSince());
  }

  /** Adds {@code condition} (naming {@code :name}) unless {@code value} is {@code null}. */
  public Filter and(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.and(name, value);
    }
    return this;
  }

  /** The requested page of what matches, in the requested order. */
  public <T> ResultPage<T> page(PanacheRepositoryBase<T, ?> repository, PageRequest request) {
    var found =
        conditions.isEmpty()
            ? repository.findAll(request.sorting().toSort())
            : repository.find(
                String.join(" and ", conditions), request.sorting().toSort(), parameters);
    found.page(Page.of(request.page(), request.size()));
    return ResultPage.of(found.list(), request.page(), request.size(), found.count());
  }
}
