package eu.cohesion.kit.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code X-Request-Id} that ties a client's request to the server's log lines. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** Log MDC key; the kit's console log format prints it. */
  public static final String MDC_KEY = "requestId";

  /** What a caller may send: a UUID, a trace id, any short token without spaces or quotes. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

  private RequestIds() {}

  /** The caller's id if it is well-formed, otherwise a new one. */
  public static String acceptOrGenerate(String sent) {
    return sent != null && WELL_FORMED.matcher(sent).matches()
        ? sent
        : UUID.randomUUID().toString();
  }
}
