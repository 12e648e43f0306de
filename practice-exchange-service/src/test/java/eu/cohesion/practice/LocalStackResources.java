package eu.cohesion.practice;

import eu.cohesion.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real PostgreSQL and Kafka for every {@code @QuarkusTest} of this module, and the two peer
 * services the network report reads (as {@link PeerServices}). Declared once here: a test resource
 * applies to all test classes, which then share one application start.
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "practice"))
@QuarkusTestResource(PeerServices.class)
public final class LocalStackResources {

  private LocalStackResources() {}
}
