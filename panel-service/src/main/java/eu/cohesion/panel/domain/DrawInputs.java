package eu.cohesion.panel.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a draw is computed from, in the canonical form its audit digest is taken over, so that
 * anyone holding the exported pool and quotas can recompute the digest (docs/sortition.md spells it
 * out).
 *
 * <p>The text is UTF-8, one record per line, each line ending in LF, fields separated by TAB, and
 * in every field {@code \} is written {@code \\}, TAB {@code \t}, LF {@code \n}, CR {@code \r}:
 *
 * <pre>
 * cohesion-sortition-inputs	1
 * seats	22
 * one-per-household	true
 * quota	&lt;feature&gt;	&lt;value&gt;	&lt;min&gt;	&lt;max&gt;       (sorted by feature, then value)
 * candidate	&lt;id&gt;	&lt;household or empty&gt;	&lt;feature&gt;=&lt;value&gt;...   (sorted by id; features by name)
 * </pre>
 *
 * Sorting compares Java strings (UTF-16 code units); ids are lowercase canonical UUIDs; in a
 * feature's {@code name=value} field an {@code =} inside the name is written {@code \=}. The digest
 * is the lowercase hex SHA-256 of that text.
 */
public record DrawInputs(
    int seats, boolean onePerHousehold, List<PoolQuota> quotas, List<Entry> candidates) {

  public static final String FORMAT = "cohesion-sortition-inputs\t1";

  /** One candidate as the draw sees it. */
  public record Entry(UUID id, String household, Map<String, String> features) {}

  public DrawInputs {
    quotas =
        quotas.stream()
            .sorted(Comparator.comparing(PoolQuota::feature).thenComparing(PoolQuota::value))
            .toList();
    candidates =
        candidates.stream()
            .map(e -> new Entry(e.id(), e.household(), new TreeMap<>(e.features())))
            .sorted(Comparator.comparing(e -> e.id().toString()))
            .toList();
  }

  public static DrawInputs of(CandidatePool pool, List<PoolCandidate> candidates) {
    return new DrawInputs(
        pool.seats(),
        pool.onePerHousehold(),
        pool.quotas(),
        candidates.stream()
            .map(
                c ->
                    new Entry(
                        c.id(),
                        pool.onePerHousehold() ? c.household(pool.addressColumns()) : null,
                        c.features()))
            .toList());
  }

  public String canonical() {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append("seats\t").append(seats).append('\n');
    text.append("one-per-household\t").append(onePerHousehold).append('\n');
    for (PoolQuota q : quotas) {
      text.append("quota\t")
          .append(escape(q.feature()))
          .append('\t')
          .append(escape(q.value()))
          .append('\t')
          .append(q.min())
          .append('\t')
          .append(q.max())
          .append('\n');
    }
    for (Entry c : candidates) {
      text.append("candidate\t")
          .append(c.id())
          .append('\t')
          .append(c.household() == null ? "" : escape(c.household()));
      c.features()
          .forEach(
              (name, value) ->
                  text.append('\t')
                      .append(escape(name).replace("=", "\\="))
                      .append('=')
                      .append(escape(value)));
      text.append('\n');
    }
    return text.toString();
  }

  public String digest() {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String escape(String field) {
    return field
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
