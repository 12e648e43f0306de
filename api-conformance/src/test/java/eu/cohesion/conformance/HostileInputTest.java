package eu.cohesion.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.cohesion.conformance.RunningPlatform.Platform;
import eu.cohesion.localstack.StackLayout;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sends hostile input to every operation of the three OpenAPI documents, as read at test time:
 * malformed, wrong-typed, oversized, NUL/invalid-UTF-8 and injection-shaped values in each path,
 * query and header parameter and in the body, and requests without, with a garbage and with an
 * expired-looking token. No answer may be a 5xx, every 4xx must be {@code
 * application/problem+json}, and the services must be healthy afterwards.
 */
@ExtendWith(RunningPlatform.class)
class HostileInputTest {

  /** Values for any parameter, already percent-encoded where they go into the URL. */
  private static final List<String> URL_VALUES =
      List.of(
          "%00",
          "a%00b",
          "%C3%28",
          "%FF%FE",
          "%0D%0AX-Injected:%201",
          "x".repeat(2100),
          "%27%20OR%20%271%27%3D%271",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "..%2F..%2Fetc%2Fpasswd",
          "%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D",
          "not-a-uuid",
          "-1",
          "99999999999999999999999",
          "1e309",
          "%E6%97%A5%F0%9F%98%80",
          "");

  /** Values for header parameters: what a client library lets through. */
  private static final List<String> HEADER_VALUES =
      List.of(
          "\"",
          "W/\"x\"",
          "*",
          "-1",
          "\"99999999999999999999999\"",
          "' OR '1'='1",
          "${jndi:ldap://x/a}",
          "h".repeat(9000),
          "\u00ff\u00fe");

  private static final List<String> RAW_BODIES =
      List.of(
          "{",
          "[]",
          "null",
          "\"text\"",
          "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
          "{\"__proto__\":{\"admin\":true}}");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> failures = new ArrayList<>();
  private int requests;
  private String adminToken;
  private Instant adminTokenAt = Instant.MIN;

  @Test
  void noOperationAnswersHostileInputWithA5xxOrWithoutAProblem(Platform platform) throws Exception {
    int operations = 0;
    for (Map.Entry<String, URI> service : platform.baseUrls().entrySet()) {
      JsonNode document =
          json.readTree(
              Path.of(
                      StackLayout.detect().root().toString(),
                      service.getKey(),
                      "target/openapi/openapi.json")
                  .toFile());
      for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields();
            ops.hasNext(); ) {
          Map.Entry<String, JsonNode> op = ops.next();
          if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
            continue;
          }
          operations++;
          attack(
              service.getValue(),
              op.getKey().toUpperCase(),
              path.getKey(),
              op.getValue(),
              document,
              adminToken(platform));
        }
      }
    }
    System.out.printf(
        "hostile-input: %d operations, %d requests, %d failures%n",
        operations, requests, failures.size());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(platform.allReady(), "a service is not ready after the hostile requests");
  }

  /**
   * The network admin's token, renewed every 30 s: access tokens live 60 s and the sweep takes
   * longer, and an expired token would be refused before any hostile input reaches validation.
   */
  private String adminToken(Platform platform) {
    if (adminTokenAt.plusSeconds(30).isBefore(Instant.now())) {
      adminToken = platform.accessToken("network-admin", "demo");
      adminTokenAt = Instant.now();
    }
    return adminToken;
  }

  private void attack(
      URI base, String method, String template, JsonNode op, JsonNode document, String token) {
    List<JsonNode> parameters = new ArrayList<>();
    op.path("parameters").forEach(p -> parameters.add(resolve(p, document)));
    Map<String, String> validPath = new LinkedHashMap<>();
    for (JsonNode p : parameters) {
      if (p.path("in").asText().equals("path")) {
        validPath.put(p.path("name").asText(), sample(p.path("schema"), document));
      }
    }
    String validBody =
        op.has("requestBody") ? body(op.path("requestBody"), document).toString() : null;
    String label = method + " " + template;

    // Callers: none, garbage, expired-looking, wrong scheme — with an otherwise valid request.
    for (String authorization :
        new String[] {
          null, "Bearer garbage", "Bearer " + expiredLookingJwt(), "Basic Zm9vOmJhcg=="
        }) {
      send(
          label + " auth=" + authorization,
          base,
          method,
          url(template, validPath, ""),
          authorization,
          Map.of(),
          validBody);
    }
    String bearer = "Bearer " + token;
    for (JsonNode p : parameters) {
      String name = p.path("name").asText();
      switch (p.path("in").asText()) {
        case "path" -> {
          for (String value : URL_VALUES) {
            Map<String, String> hostile = new LinkedHashMap<>(validPath);
            hostile.put(name, value);
            send(
                label + " path " + name + "=" + shorten(value),
                base,
                method,
                url(template, hostile, ""),
                bearer,
                Map.of(),
                validBody);
          }
        }
        case "query" -> {
          for (String value : URL_VALUES) {
            send(
                label + " query " + name + "=" + shorten(value),
                base,
                method,
                url(template, validPath, "?" + name + "=" + value),
                bearer,
                Map.of(),
                validBody);
          }
        }
        case "header" -> {
          for (String value : HEADER_VALUES) {
            send(
                label + " header " + name + "=" + shorten(value),
                base,
                method,
                url(template, validPath, ""),
                bearer,
                Map.of(name, value),
                validBody);
          }
        }
        default -> {}
      }
    }
    if (validBody != null) {
      for (String raw : RAW_BODIES) {
        send(
            label + " body " + shorten(raw),
            base,
            method,
            url(template, validPath, ""),
            bearer,
            Map.of(),
            raw);
      }
      for (String raw : fieldAttacks(op.path("requestBody"), document)) {
        send(
            label + " body " + shorten(raw),
            base,
            method,
            url(template, validPath, ""),
            bearer,
            Map.of(),
            raw);
      }
      // Bytes that are not UTF-8, a body far above the limit, and a body that is not JSON at all.
      sendBytes(
          label + " body invalid UTF-8",
          base,
          method,
          url(template, validPath, ""),
          bearer,
          "application/json",
          "{\"name\":\"\u00c3\u0028\"}".getBytes(StandardCharsets.ISO_8859_1));
      sendBytes(
          label + " body 2 MB",
          base,
          method,
          url(template, validPath, ""),
          bearer,
          "application/json",
          ("{\"name\":\"" + "n".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
      sendBytes(
          label + " body text/plain",
          base,
          method,
          url(template, validPath, ""),
          bearer,
          "text/plain",
          "hello".getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The valid body with one field at a time made hostile: NUL, oversized, wrong type, null. */
  private List<String> fieldAttacks(JsonNode requestBody, JsonNode document) {
    JsonNode schema =
        resolve(requestBody.path("content").path("application/json").path("schema"), document);
    ObjectNode valid = body(requestBody, document);
    List<String> bodies = new ArrayList<>();
    for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
      String field = names.next();
      for (JsonNode hostile :
          List.of(
              json.getNodeFactory().textNode("a\u0000b"),
              json.getNodeFactory().textNode("x".repeat(100_000)),
              json.getNodeFactory().numberNode(-1),
              json.getNodeFactory().booleanNode(true),
              json.getNodeFactory().nullNode(),
              json.createObjectNode().put("nested", "{}"),
              json.createArrayNode().add("'; DROP TABLE panel; --"))) {
        ObjectNode attacked = valid.deepCopy();
        attacked.set(field, hostile);
        bodies.add(attacked.toString());
      }
    }
    ObjectNode unknown = valid.deepCopy();
    unknown.put("unknownField", "x");
    bodies.add(unknown.toString());
    return bodies;
  }

  private ObjectNode body(JsonNode requestBody, JsonNode document) {
    JsonNode schema =
        resolve(requestBody.path("content").path("application/json").path("schema"), document);
    ObjectNode body = json.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        props.hasNext(); ) {
      Map.Entry<String, JsonNode> prop = props.next();
      body.put(prop.getKey(), sample(prop.getValue(), document));
    }
    return body;
  }

  /** Some value of the schema's type, good enough to get past parsing. */
  private String sample(JsonNode schema, JsonNode document) {
    JsonNode s = resolve(schema, document);
    if (s.has("enum")) {
      return s.path("enum").get(0).asText();
    }
    if ("uuid".equals(s.path("format").asText())) {
      return UUID.randomUUID().toString();
    }
    String type =
        s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText();
    return switch (type) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> "mechelen";
    };
  }

  private static JsonNode resolve(JsonNode node, JsonNode document) {
    JsonNode n = node;
    while (n.has("$ref")) {
      String pointer = n.path("$ref").asText().substring(1);
      n = document.at(pointer);
    }
    return n;
  }

  private static String url(String template, Map<String, String> pathValues, String query) {
    String path = template;
    for (Map.Entry<String, String> e : pathValues.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    return path + query;
  }

  /** A JWT's shape with an expiry in 2001 and no valid signature. */
  private static String expiredLookingJwt() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        b64.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    String claims =
        b64.encodeToString(
            "{\"sub\":\"x\",\"exp\":1000000000,\"iat\":999999000,\"realm_access\":{\"roles\":[\"network-admin\"]}}"
                .getBytes(StandardCharsets.UTF_8));
    return header + "." + claims + "." + b64.encodeToString(new byte[64]);
  }

  private void send(
      String label,
      URI base,
      String method,
      String target,
      String authorization,
      Map<String, String> headers,
      String body) {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(base + target));
    } catch (IllegalArgumentException e) {
      failures.add(label + ": the test built an invalid URI: " + e.getMessage());
      return;
    }
    request
        .timeout(Duration.ofSeconds(30))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    headers.forEach(request::header);
    check(label, request);
  }

  private void sendBytes(
      String label,
      URI base,
      String method,
      String target,
      String authorization,
      String contentType,
      byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + target))
            .timeout(Duration.ofSeconds(30))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType)
            .header("Authorization", authorization);
    check(label, request);
  }

  private void check(String label, HttpRequest.Builder request) {
    requests++;
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (status >= 500) {
        failures.add(label + ": " + status + " " + shorten(response.body()));
      } else if (status >= 400 && !type.startsWith("application/problem+json")) {
        failures.add(label + ": " + status + " with Content-Type '" + type + "'");
      }
    } catch (IOException e) {
      failures.add(label + ": no answer (" + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String shorten(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
  }
}
