package eu.cohesion.kit.http;

import eu.cohesion.kit.rest.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the raw request line and headers before any resource sees them: values that no endpoint
 * can mean (broken percent-encoding, bytes that are not UTF-8, control characters such as NUL,
 * absurd lengths) are refused as a 400 naming the part, instead of reaching a parser or the
 * database and failing there as a 500.
 */
public final class RequestInput {

  /** Longest decoded path segment, query parameter name or value. */
  public static final int MAX_VALUE_LENGTH = 2048;

  /** Longest header value: a Keycloak access token with many roles stays well below it. */
  public static final int MAX_HEADER_LENGTH = 8192;

  private RequestInput() {}

  /** The first problem of this raw (still percent-encoded) path and query, if any. */
  public static Optional<Violation> checkUri(String rawPath, String rawQuery) {
    if (rawPath != null) {
      String[] segments = rawPath.split("/", -1);
      for (int i = 1; i < segments.length; i++) {
        Optional<String> problem = problem(segments[i], false);
        if (problem.isPresent()) {
          return Optional.of(new Violation("path segment " + i, problem.get()));
        }
      }
    }
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String rawName = eq < 0 ? pair : pair.substring(0, eq);
        Optional<String> nameProblem = problem(rawName, true);
        if (nameProblem.isPresent()) {
          return Optional.of(new Violation("query", "a parameter name " + nameProblem.get()));
        }
        if (eq >= 0) {
          Optional<String> valueProblem = problem(pair.substring(eq + 1), true);
          if (valueProblem.isPresent()) {
            return Optional.of(new Violation(decode(rawName, true), valueProblem.get()));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first header whose value no endpoint can mean, if any. */
  public static Optional<Violation> checkHeaders(Iterable<Map.Entry<String, String>> headers) {
    for (Map.Entry<String, String> header : headers) {
      String value = header.getValue();
      if (value.length() > MAX_HEADER_LENGTH) {
        return Optional.of(
            new Violation(header.getKey(), "is longer than " + MAX_HEADER_LENGTH + " characters"));
      }
      if (value.chars().anyMatch(c -> c != '\t' && isControl(c))) {
        return Optional.of(new Violation(header.getKey(), "contains control characters"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String raw, boolean query) {
    String decoded;
    try {
      decoded = decode(raw, query);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    if (decoded.length() > MAX_VALUE_LENGTH) {
      return Optional.of("is longer than " + MAX_VALUE_LENGTH + " characters");
    }
    if (decoded.chars().anyMatch(RequestInput::isControl)) {
      return Optional.of("contains control characters such as NUL");
    }
    return Optional.empty();
  }

  /** Strict percent-decoding: a malformed escape or a byte sequence that is not UTF-8 fails. */
  private static String decode(String raw, boolean query) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
      int c = raw.codePointAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          throw new IllegalArgumentException("has a broken percent-encoding");
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("has a broken percent-encoding");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+' && query) {
        bytes.write(' ');
      } else {
        byte[] plain = Character.toString(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("is not valid UTF-8");
    }
  }

  private static boolean isControl(int c) {
    return c < 0x20 || c == 0x7f;
  }
}
