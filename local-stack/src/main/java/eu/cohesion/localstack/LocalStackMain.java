package eu.cohesion.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the local run: starts PostgreSQL, Kafka, Keycloak and an SMTP server on the
 * documented ports with data kept in {@code .local-stack/data}, prints where they are and runs
 * until Ctrl-C.
 */
public final class LocalStackMain {

  private static final String USAGE =
      """
      usage: local-stack [--fresh] [--without-keycloak] [--without-kafka] [--data DIR]
        --fresh              delete the local run's data first (databases, topics, Keycloak users)
        --without-keycloak   start PostgreSQL, Kafka and the SMTP server only
        --without-kafka      leave Kafka to its own process (LocalKafkaMain), as run-platform does
        --data DIR           keep the data in DIR instead of .local-stack/data
      """;

  private LocalStackMain() {}

  public static void main(String[] args) throws Exception {
    List<String> options = new ArrayList<>(List.of(args));
    if (options.remove("--help") || options.remove("-h")) {
      System.out.print(USAGE);
      return;
    }
    boolean fresh = options.remove("--fresh");
    boolean withKeycloak = !options.remove("--without-keycloak");
    boolean withKafka = !options.remove("--without-kafka");
    StackLayout layout = StackLayout.detect();
    Path data = layout.localRunData();
    int dataOption = options.indexOf("--data");
    if (dataOption >= 0 && dataOption + 1 < options.size()) {
      data = Path.of(options.remove(dataOption + 1)).toAbsolutePath();
      options.remove(dataOption);
    }
    if (!options.isEmpty()) {
      System.err.print("unknown option(s): " + options + "\n" + USAGE);
      System.exit(2);
    }

    if (fresh) {
      LocalStackFiles.deleteRecursively(data);
    }
    Files.createDirectories(data);

    LocalStack.Builder builder =
        LocalStack.builder()
            .layout(layout)
            .persistentData(data)
            .fixedPorts(true)
            // The local run's data is meant to survive, a crash of the machine included.
            .withDurablePostgres()
            .withSmtp();
    if (withKeycloak) {
      builder.withKeycloak();
    }
    if (withKafka) {
      builder.withKafka();
    }
    System.out.println("Starting the local stack (data: " + data + ") …");
    LocalStack stack = builder.start();

    PostgresNode postgres = stack.postgres();
    System.out.printf(
        "PostgreSQL  %s (user %s / %s; databases %s)%n",
        postgres.jdbcUrl("<db>"), postgres.username(), postgres.password(), PostgresNode.DATABASES);
    if (withKafka) {
      System.out.printf("Kafka       %s%n", stack.kafka().bootstrapServers());
    }
    SmtpNode smtp = stack.smtp();
    System.out.printf(
        "SMTP        %s:%d (accepts any address; read mail: %s/api/user/<address>/messages/INBOX)%n",
        smtp.host(), smtp.smtpPort(), smtp.apiUrl());
    if (withKeycloak) {
      KeycloakNode keycloak = stack.keycloak();
      System.out.printf(
          "Keycloak    %s/admin (admin console: %s / %s, demo only); issuer %s%n",
          keycloak.baseUrl(),
          keycloak.adminUsername(),
          keycloak.adminPassword(),
          keycloak.issuerUrl());
    }
    stack
        .startupTimes()
        .forEach(
            (what, took) ->
                System.out.printf("  %s ready in %.1f s%n", what, took.toMillis() / 1000.0));
    System.out.println("Local stack ready. Ctrl-C stops everything.");
    Files.writeString(data.resolve("stack.ready"), Long.toString(ProcessHandle.current().pid()));

    // The stack's shutdown hook stops everything on Ctrl-C or SIGTERM.
    new CountDownLatch(1).await();
  }
}
