package eu.cohesion.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path data;

  @Test
  void postgresKeepsItsDataAcrossARestartAndHasOneDatabasePerService() throws Exception {
    try (LocalStack stack = LocalStack.builder().persistentData(data).withPostgres().start()) {
      PostgresNode postgres = stack.postgres();
      for (String database : PostgresNode.DATABASES) {
        try (Connection c = connect(postgres, database);
            Statement s = c.createStatement()) {
          s.execute("CREATE TABLE kept (value text)");
          s.execute("INSERT INTO kept VALUES ('" + database + "')");
        }
      }
    }
    try (LocalStack stack = LocalStack.builder().persistentData(data).withPostgres().start()) {
      try (Connection c = connect(stack.postgres(), "initiative");
          Statement s = c.createStatement();
          ResultSet rows = s.executeQuery("SELECT value FROM kept")) {
        assertTrue(rows.next());
        assertEquals("initiative", rows.getString(1));
      }
    }
  }

  @Test
  void theLocalRunsPostgresWaitsForTheDiskWhileTestsDoNot() throws Exception {
    try (LocalStack durable = LocalStack.builder().withDurablePostgres().start();
        LocalStack fast = LocalStack.builder().withPostgres().start()) {
      assertEquals(Map.of("fsync", "on", "synchronous_commit", "on"), durability(durable));
      assertEquals(Map.of("fsync", "off", "synchronous_commit", "off"), durability(fast));
    }
  }

  private static Map<String, String> durability(LocalStack stack) throws Exception {
    try (Connection c = connect(stack.postgres(), "panel");
        Statement s = c.createStatement();
        ResultSet settings =
            s.executeQuery(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
      settings.next();
      return Map.of("fsync", settings.getString(1), "synchronous_commit", settings.getString(2));
    }
  }

  @Test
  void throwAwayDataIsDeletedOnClose() {
    Path dir;
    try (LocalStack stack = LocalStack.builder().withPostgres().start()) {
      dir = stack.dataDir();
      assertTrue(Files.isDirectory(dir));
    }
    assertFalse(Files.exists(dir));
  }

  @Test
  void kafkaDeliversRecordsAndKeepsThemAcrossARestartOnTheSamePort() {
    try (LocalStack stack = LocalStack.builder().withKafka().start()) {
      KafkaNode kafka = stack.kafka();
      String topic = "local-stack-test-" + UUID.randomUUID();
      produce(kafka, topic, "before-restart");
      int port = kafka.port();

      kafka.stop();
      assertFalse(Ports.inUse(port), "a stopped broker releases its port");
      kafka.start();
      assertEquals(port, kafka.port());
      produce(kafka, topic, "after-restart");

      assertEquals(List.of("before-restart", "after-restart"), consumeAll(kafka, topic, 2));
    }
  }

  @Test
  void theSmtpServerAcceptsMailForAnyAddressAndShowsItUntilPurged() throws Exception {
    try (LocalStack stack = LocalStack.builder().withSmtp().start()) {
      SmtpNode smtp = stack.smtp();
      String to = "resident-" + UUID.randomUUID() + "@example.org";

      sendMail(smtp, to, "Review round opened");

      String received = smtp.messagesTo(to);
      assertTrue(received.contains("\"subject\":\"Review round opened\""), received);
      assertEquals("[]", smtp.messagesTo("nobody-" + UUID.randomUUID() + "@example.org"));
      smtp.purge();
      assertEquals("[]", smtp.messagesTo(to).replaceAll("\\s", ""));
    }
  }

  @Test
  void startRefusesAFixedPortThatIsTaken() throws Exception {
    try (var taken =
        new java.net.ServerSocket(Ports.POSTGRES, 1, java.net.InetAddress.getLoopbackAddress())) {
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> LocalStack.builder().fixedPorts(true).withPostgres().start());
      assertTrue(refused.getMessage().contains(String.valueOf(Ports.POSTGRES)));
    } catch (java.net.BindException alreadyRunning) {
      // A local run already holds the port, which proves the same point.
    }
  }

  /** The smallest SMTP dialogue, as any mail client speaks it. */
  private static void sendMail(SmtpNode smtp, String to, String subject) throws Exception {
    try (Socket socket = new Socket(smtp.host(), smtp.smtpPort());
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
      expect(in, "220");
      for (String[] step :
          new String[][] {
            {"HELO test", "250"},
            {"MAIL FROM:<no-reply@cohesion.local>", "250"},
            {"RCPT TO:<" + to + ">", "250"},
            {"DATA", "354"},
            {"Subject: " + subject + "\r\n\r\nHello.\r\n.", "250"},
            {"QUIT", "221"}
          }) {
        out.write(step[0] + "\r\n");
        out.flush();
        expect(in, step[1]);
      }
    }
  }

  private static void expect(BufferedReader in, String code) throws Exception {
    String line = in.readLine();
    while (line != null && line.length() > 3 && line.charAt(3) == '-') {
      line = in.readLine();
    }
    assertTrue(line != null && line.startsWith(code), "expected " + code + ", got " + line);
  }

  private static Connection connect(PostgresNode postgres, String database) throws Exception {
    return DriverManager.getConnection(
        postgres.jdbcUrl(database), postgres.username(), postgres.password());
  }

  private static void produce(KafkaNode kafka, String topic, String value) {
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
            new StringSerializer(),
            new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "key", value)).get();
    } catch (Exception e) {
      throw new AssertionError("produce failed", e);
    }
  }

  private static List<String> consumeAll(KafkaNode kafka, String topic, int expected) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.value());
        }
      }
    }
    return values;
  }
}
