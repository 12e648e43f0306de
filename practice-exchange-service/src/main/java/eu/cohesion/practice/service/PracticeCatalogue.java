package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_PRACTICES;

import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads practices: published ones for everybody, drafts for those who may finish them. */
@ApplicationScoped
public class PracticeCatalogue {

  private final PracticeRepository practices;

  PracticeCatalogue(PracticeRepository practices) {
    this.practices = practices;
  }

  public ResultPage<GoodPractice> list(Actor actor, PracticeQuery query) {
    String city = townToList(actor, query);
    Sort.Direction direction =
        query.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
    // Drafts have no publishedAt: they go last. The id breaks ties, so that equal titles or
    // instants never shuffle between pages.
    Sort sort =
        Sort.by(query.sort().property(), direction, Sort.NullPrecedence.NULLS_LAST).and("id");
    Parameters parameters = Parameters.with("status", query.status());
    String where = "status = :status";
    if (city != null) {
      where += " and cityCode = :city";
      parameters = parameters.and("city", city);
    }
    PanacheQuery<GoodPractice> found = practices.find(where, sort, parameters);
    found.page(Page.of(query.page(), query.size()));
    return ResultPage.of(found.list(), query.page(), query.size(), found.count());
  }

  /** A practice the caller may not see is, to them, one that does not exist. */
  public GoodPractice get(Actor actor, UUID id) {
    GoodPractice practice =
        practices
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("practice", id));
    if (!PracticePermissions.TABLE.allows(viewing(practice.status()), actor, practice.cityCode())) {
      throw new ResourceNotFoundException("practice", id);
    }
    return practice;
  }

  /**
   * The town whose practices are listed, {@code null} for every town. A request for drafts without
   * a town means the caller's own town, unless the caller may see every town's drafts.
   */
  private static String townToList(Actor actor, PracticeQuery query) {
    PracticeAction action = viewing(query.status());
    if (query.city() == null && PracticePermissions.TABLE.allowsEverywhere(action, actor)) {
      return null;
    }
    String city =
        query.city() == null && query.status() == PracticeStatus.DRAFT
            ? actor.city()
            : query.city();
    if (city == null || !PracticePermissions.TABLE.allows(action, actor, city)) {
      throw new ActionNotPermittedException(
          query.status() == PracticeStatus.DRAFT
              ? "you may not see the draft practices of "
                  + (city == null ? "every town" : "town " + city)
              : "you may not see these practices");
    }
    return city;
  }

  private static PracticeAction viewing(PracticeStatus status) {
    return status == PracticeStatus.PUBLISHED ? VIEW_PUBLISHED_PRACTICES : VIEW_DRAFT_PRACTICES;
  }
}
