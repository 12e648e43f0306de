package eu.cohesion.practice.service;

import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.problem.IfMatchRequiredException;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.problem.StaleVersionException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The gate every change of an existing practice passes, in this order: it exists, the caller may
 * change this town's practices, and the change is based on the current version.
 */
@ApplicationScoped
class PracticeForChange {

  private final PracticeRepository practices;

  PracticeForChange(PracticeRepository practices) {
    this.practices = practices;
  }

  /**
   * @param expectedVersion the version named by If-Match; {@code null} when the request had none
   */
  GoodPractice load(Actor actor, PracticeAction action, UUID id, Long expectedVersion) {
    GoodPractice practice =
        practices
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("practice", id));
    if (!PracticePermissions.TABLE.allows(action, actor, practice.cityCode())) {
      throw new ActionNotPermittedException(
          "you may not change practices of town " + practice.cityCode());
    }
    if (expectedVersion == null) {
      throw new IfMatchRequiredException();
    }
    if (expectedVersion != practice.version()) {
      throw new StaleVersionException("practice " + id, expectedVersion, practice.version());
    }
    return practice;
  }
}
