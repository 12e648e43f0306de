package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/** Searches the published practices of every town (table practice_search). */
@ApplicationScoped
public class PracticeSearch {

  private final EntityManager entityManager;

  PracticeSearch(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * Timed as {@code cohesion.practice.search}, with histogram buckets so a dashboard shows its p99.
   */
  @Transactional
  @Timed(
      value = "cohesion.practice.search",
      description = "Duration of a practice search with its facet counts",
      histogram = true)
  public PracticeSearchResult search(Actor actor, PracticeSearchQuery query) {
    if (!PracticePermissions.TABLE.allowsEverywhere(SEARCH_PRACTICES, actor)) {
      throw new ActionNotPermittedException("you may not search practices");
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> PracticeSearchSql.search(connection, query));
  }
}
