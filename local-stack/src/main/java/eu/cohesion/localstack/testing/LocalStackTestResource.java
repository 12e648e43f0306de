package eu.cohesion.localstack.testing;

import eu.cohesion.localstack.LocalStack;
import eu.cohesion.localstack.PostgresNode;
import eu.cohesion.localstack.SmtpNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Real PostgreSQL and Kafka for a service's {@code @QuarkusTest}s: free ports, throw-away data, one
 * stack per test JVM shared by every test profile, stopped when the JVM ends. Init argument {@code
 * database} names the service's database; {@code mail=true} also starts an SMTP server and points
 * {@code quarkus-mailer} at it (real delivery, not the mailer's test mock).
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

  private static LocalStack stack;
  private static LocalStack mailStack;
  private String database = "panel";
  private boolean mail;

  /** The running stack, e.g. to stop and restart Kafka in an outage test. */
  public static synchronized LocalStack stack() {
    if (stack == null) {
      stack = LocalStack.builder().withPostgres().withKafka().start();
    }
    return stack;
  }

  /** The SMTP server of services whose tests set {@code mail=true}: read what they sent. */
  public static synchronized SmtpNode smtp() {
    if (mailStack == null) {
      mailStack = LocalStack.builder().withSmtp().start();
    }
    return mailStack.smtp();
  }

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
    mail = Boolean.parseBoolean(initArgs.getOrDefault("mail", "false"));
  }

  @Override
  public Map<String, String> start() {
    PostgresNode postgres = stack().postgres();
    Map<String, String> config = new HashMap<>(postgres.quarkusDatasource(database));
    config.put("kafka.bootstrap.servers", stack().kafka().bootstrapServers());
    if (mail) {
      config.put("quarkus.mailer.mock", "false");
      config.put("quarkus.mailer.host", smtp().host());
      config.put("quarkus.mailer.port", Integer.toString(smtp().smtpPort()));
    }
    return config;
  }

  @Override
  public void stop() {
    // Kept for the next test profile of this JVM; the stack's shutdown hook stops it.
  }
}
