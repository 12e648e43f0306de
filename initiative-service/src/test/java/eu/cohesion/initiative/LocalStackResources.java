package eu.cohesion.initiative;

import eu.cohesion.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * Real PostgreSQL, Kafka and an SMTP server (notification e-mails) for every {@code @QuarkusTest}
 * of this module. Declared once here: a test resource applies to all test classes, which then share
 * one application start.
 */
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = {
      @ResourceArg(name = "database", value = "initiative"),
      @ResourceArg(name = "mail", value = "true")
    })
public final class LocalStackResources {

  private LocalStackResources() {}
}
