package eu.cohesion.practice.service.report;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_NETWORK_REPORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.cohesion.kit.problem.ActionNotPermittedException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.service.OpenDataExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network report (docs/report.md), generated on demand and kept per language and format until
 * what it prints changes. An entry is served while this service's published data is what it was
 * rendered from (the open data's fingerprint: every publication, revision, withdrawal, transfer
 * step and endorsement the service writes moves it) and its peer figures are younger than {@code
 * cohesion.report.peer-max-age}. A report rendered without a peer's figures is never kept. At most
 * one entry per language and format: 22 reports at the most.
 */
@ApplicationScoped
public class NetworkReport {

  /** How the report is served. */
  public enum Format {
    PDF,
    HTML
  }

  /**
   * @param tag the ETag: format, language, the published data's fingerprint and the peer figures'
   *     digest
   * @param complete whether both peers' figures are in it
   */
  public record Rendered(byte[] body, String tag, String lang, boolean complete) {}

  private record Key(String lang, Format format) {}

  private record Entry(String fingerprint, Instant peersReadAt, Rendered report) {}

  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
  private final OpenDataExport published;
  private final PeerFigures peers;
  private final ReportContent content;
  private final ReportRenderer renderer;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration peerMaxAge;

  NetworkReport(
      OpenDataExport published,
      PeerFigures peers,
      ReportContent content,
      ReportRenderer renderer,
      ObjectMapper json,
      Clock clock,
      @ConfigProperty(name = "cohesion.report.peer-max-age", defaultValue = "PT10M")
          Duration peerMaxAge) {
    this.published = published;
    this.peers = peers;
    this.content = content;
    this.renderer = renderer;
    this.json = json;
    this.clock = clock;
    this.peerMaxAge = peerMaxAge;
  }

  /**
   * @param lang one of the network's languages (validated by the caller)
   */
  public Rendered get(Actor actor, String lang, Format format) {
    if (!PracticePermissions.TABLE.allowsEverywhere(VIEW_NETWORK_REPORT, actor)) {
      throw new ActionNotPermittedException("you may not read the network report");
    }
    Key key = new Key(lang, format);
    String fingerprint = published.fingerprint();
    Instant now = clock.instant();
    Entry kept = cache.get(key);
    if (kept != null
        && kept.fingerprint().equals(fingerprint)
        && now.isBefore(kept.peersReadAt().plus(peerMaxAge))) {
      return kept.report();
    }
    Optional<PanelComposition> panels = peers.composition();
    Optional<InitiativeStatistics> initiatives = peers.initiatives();
    String html = renderer.html(content.view(lang, panels, initiatives, now));
    byte[] body = format == Format.PDF ? renderer.pdf(html) : ReportRenderer.utf8(html);
    boolean complete = panels.isPresent() && initiatives.isPresent();
    Rendered report =
        new Rendered(
            body,
            format.name().toLowerCase()
                + "-"
                + lang
                + "-"
                + fingerprint
                + "-"
                + digest(panels, initiatives),
            lang,
            complete);
    if (complete) {
      cache.put(key, new Entry(fingerprint, now, report));
    } else {
      cache.remove(key);
    }
    return report;
  }

  private String digest(
      Optional<PanelComposition> panels, Optional<InitiativeStatistics> initiatives) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(json.writeValueAsBytes(panels.orElse(null)));
      sha.update((byte) 0);
      sha.update(json.writeValueAsBytes(initiatives.orElse(null)));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("digesting the peer figures failed", e);
    }
  }
}
