package eu.cohesion.localstack.testing;

import eu.cohesion.localstack.LocalStack;
import eu.cohesion.localstack.PostgresNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s: free ports, throw-away data, one
 * stack per test JVM shared by every test profile, stopped when the JVM ends. Init argument {@code
 * database} names the service's database.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

  private static LocalStack stack;
  private String database = "panel";

  /** The running stack, e.g. to stop and restart Kafka in an outage test. */
  public static synchronized LocalStack stack() {
    if (stack == null) {
      stack = LocalStack.builder().withPostgres().withKafka().start();
    }
    return stack;
  }

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    PostgresNode postgres = stack().postgres();
    return Map.of(
        "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
        "quarkus.datasource.username", postgres.username(),
        "quarkus.datasource.password", postgres.password(),
        "kafka.bootstrap.servers", stack().kafka().bootstrapServers());
  }

  @Override
  public void stop() {
    // Kept for the next test profile of this JVM; the stack's shutdown hook stops it.
  }
}
