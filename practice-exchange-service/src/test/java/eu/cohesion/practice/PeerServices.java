package eu.cohesion.practice;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * panel-service and initiative-service as the network report reads them: a real HTTP server on
 * 127.0.0.1 (port 0) answering {@code GET /network/composition} and {@code GET
 * /network/initiatives} with JSON shaped exactly as those services' NetworkCompositionView and
 * InitiativeStatisticsView. {@link #DOWN} makes both answer 503, as a peer that is down behind its
 * proxy.
 */
public final class PeerServices implements QuarkusTestResourceLifecycleManager {

  /** Tartu's ACTIVE panel's balance score in {@link #COMPOSITION}. */
  public static final int TARTU_SCORE = 73;

  public static final AtomicBoolean DOWN = new AtomicBoolean();

  static final String COMPOSITION =
      """
      {"towns":2,"panels":3,"activePanels":1,
       "panelsByStatus":[{"status":"FORMING","count":1},{"status":"ACTIVE","count":1},
                         {"status":"CLOSED","count":1}],
       "members":{"count":12,"suppressed":false},
       "pillars":[{"pillar":"CITIZENS","count":5,"suppressed":false},
                  {"pillar":"CIVIL_SOCIETY","count":null,"suppressed":true},
                  {"pillar":"EXPERTISE","count":null,"suppressed":true},
                  {"pillar":"PUBLIC_AUTHORITY","count":null,"suppressed":true}],
       "cities":[
         {"city":"celje","name":"Celje","countryCode":"SI","latitude":46.23092,
          "longitude":15.26044,"activePanel":null},
         {"city":"tartu","name":"Tartu","countryCode":"EE","latitude":58.37798,
          "longitude":26.72901,
          "activePanel":{"panelId":"6b1f2a52-5d8e-4d0f-9d57-0f4f8a1e2c11","name":"Tartu LPS 2026",
            "seats":{"count":12,"suppressed":false},
            "pillars":[{"pillar":"CITIZENS","count":5,"suppressed":false},
                       {"pillar":"CIVIL_SOCIETY","count":null,"suppressed":true},
                       {"pillar":"EXPERTISE","count":null,"suppressed":true},
                       {"pillar":"PUBLIC_AUTHORITY","count":null,"suppressed":true}],
            "score":%d,"state":"GAPS","gaps":2}}]}
      """
          .formatted(TARTU_SCORE);

  static final String INITIATIVES =
      """
      {"network":{"total":5,"active":2,
         "byStatus":[{"status":"PROPOSED","count":1},{"status":"APPROVED","count":1},
                     {"status":"PILOTING","count":1},{"status":"UNDER_REVIEW","count":0},
                     {"status":"CONCLUDED","count":2},{"status":"WITHDRAWN","count":0}],
         "byTheme":[{"theme":"EMPLOYMENT","count":3}]},
       "cities":[{"city":"tartu","counts":{"total":5,"active":2,
         "byStatus":[{"status":"PROPOSED","count":1},{"status":"APPROVED","count":1},
                     {"status":"PILOTING","count":1},{"status":"UNDER_REVIEW","count":0},
                     {"status":"CONCLUDED","count":2},{"status":"WITHDRAWN","count":0}],
         "byTheme":[{"theme":"EMPLOYMENT","count":3}]}}]}
      """;

  private HttpServer server;

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/network/composition", exchange -> answer(exchange, COMPOSITION));
    server.createContext("/network/initiatives", exchange -> answer(exchange, INITIATIVES));
    server.start();
    String url = "http://127.0.0.1:" + server.getAddress().getPort();
    return Map.of("cohesion.peers.panel-url", url, "cohesion.peers.initiative-url", url);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json)
      throws IOException {
    byte[] body = (DOWN.get() ? "{\"status\":503}" : json.strip()).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(DOWN.get() ? 503 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop(0);
    }
  }
}
