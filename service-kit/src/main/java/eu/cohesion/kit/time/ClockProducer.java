package eu.cohesion.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one source of "now" for use cases. A test fixes time by producing its own {@link Clock}
 * ({@code @Alternative @Priority(1) @Produces Clock}), which replaces this default.
 */
@Singleton
class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    return Clock.systemUTC();
  }
}
