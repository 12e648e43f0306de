package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_PRACTICES;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_PRACTICES;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.PracticeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads practices: published ones for everybody, drafts for those who may finish them. */
@ApplicationScoped
public class PracticeCatalogue {

  private final PracticeRepository practices;

  PracticeCatalogue(PracticeRepository practices) {
    this.practices = practices;
  }

  /**
   * Drafts without a town are the caller's own town's, unless the caller may see every town's.
   * Drafts have no publishedAt: they sort last.
   */
  public ResultPage<GoodPractice> list(Actor actor, PracticeQuery query) {
    String city =
        PracticePermissions.TABLE.townToList(
            viewing(query.status()),
            actor,
            query.city(),
            "see the " + query.status().name().toLowerCase() + " practices");
    return Filter.of(query.paging())
        .and("status = :status", "status", query.status())
        .and("cityCode = :city", "city", city)
        .page(practices, query.paging())
        .in(city);
  }

  /** A practice the caller may not see is, to them, one that does not exist. */
  public GoodPractice get(Actor actor, UUID id) {
    GoodPractice practice =
        practices
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("practice", id));
    if (!visible(actor, practice)) {
      throw new ResourceNotFoundException("practice", id);
    }
    return practice;
  }

  /** Whether the caller may see the practice: published, or a draft the caller may finish. */
  public boolean visible(Actor actor, GoodPractice practice) {
    return PracticePermissions.TABLE.allows(viewing(practice.status()), actor, practice.cityCode());
  }

  private static PracticeAction viewing(PracticeStatus status) {
    return status == PracticeStatus.PUBLISHED ? VIEW_PUBLISHED_PRACTICES : VIEW_DRAFT_PRACTICES;
  }
}
