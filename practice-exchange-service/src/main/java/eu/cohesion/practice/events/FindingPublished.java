package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.vocabulary.Theme;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.FindingRevision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.finding.published} on {@code practice-events}: ids, the towns its
 * evidence comes from, classification and the revision; the text stays with the finding.
 */
public record FindingPublished(
    UUID findingId,
    List<String> towns,
    List<Theme> themes,
    List<String> sdgTargets,
    int revision,
    Instant publishedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.finding.published";

  public static FindingPublished of(
      CommonFinding finding, List<String> towns, FindingRevision revision) {
    return new FindingPublished(
        finding.id(),
        towns,
        finding.themes(),
        finding.sdgTargets(),
        revision.number(),
        finding.publishedAt());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public UUID subject() {
    return findingId;
  }
}
