package eu.cohesion.practice.service;

import static eu.cohesion.practice.domain.PracticeAction.SEARCH_PRACTICES;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
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

  @Transactional
  public PracticeSearchResult search(Actor actor, PracticeSearchQuery query) {
    if (!PracticePermissions.TABLE.allowsEverywhere(SEARCH_PRACTICES, actor)) {
      throw new ActionNotPermittedException("you may not search practices");
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> PracticeSearchSql.search(connection, query));
  }
}
