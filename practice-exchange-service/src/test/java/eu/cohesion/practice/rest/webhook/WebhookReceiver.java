package eu.cohesion.practice.rest.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP receiver on 127.0.0.1 and a free port, answering every POST with a fixed status and
 * keeping what arrived.
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived. */
  record Received(Instant at, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status;

  WebhookReceiver(int status) throws IOException {
    this.status = status;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            received.add(
                new Received(
                    Instant.now(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(this.status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** What arrived for one event id, in order. */
  List<Received> of(String eventId) {
    return received.stream().filter(r -> eventId.equals(r.header("webhook-id"))).toList();
  }

  /** What arrived whose body mentions {@code text} (e.g. a practice id). */
  List<Received> mentioning(String text) {
    return received.stream().filter(r -> r.body().contains(text)).toList();
  }

  int count() {
    return received.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
