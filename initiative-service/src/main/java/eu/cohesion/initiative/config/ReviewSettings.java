package eu.cohesion.initiative.config;

import eu.cohesion.initiative.domain.ReviewQuorum;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The network's quorum rule for review rounds, tunable per deployment. */
@Singleton
public class ReviewSettings {

  @Produces
  @Singleton
  ReviewQuorum quorum(
      @ConfigProperty(name = "cohesion.reviews.quorum.minimum-share", defaultValue = "0.5")
          double minimumShare,
      @ConfigProperty(name = "cohesion.reviews.quorum.every-pillar", defaultValue = "true")
          boolean everyPillar) {
    return new ReviewQuorum(minimumShare, everyPillar);
  }
}
