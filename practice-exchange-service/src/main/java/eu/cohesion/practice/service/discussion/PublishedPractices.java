package eu.cohesion.practice.service.discussion;

import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.practice.domain.GoodPractice;
import eu.cohesion.practice.service.PracticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The discussion is about published practices: any other is, to it, one that does not exist. */
@ApplicationScoped
class PublishedPractices {

  private final PracticeRepository practices;

  PublishedPractices(PracticeRepository practices) {
    this.practices = practices;
  }

  GoodPractice get(UUID id) {
    return practices
        .findByIdOptional(id)
        .filter(GoodPractice::isPublished)
        .orElseThrow(() -> new ResourceNotFoundException("practice", id));
  }
}
