package eu.cohesion.practice.events;

import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.FindingRevision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code eu.cohesion.finding.revised} on {@code practice-events}: a published finding was
 * edited; its new text and evidence are the numbered revision.
 */
public record FindingRevised(UUID findingId, List<String> towns, int revision, Instant revisedAt)
    implements PublishedEvent {

  public static final String TYPE = "eu.cohesion.finding.revised";

  public static FindingRevised of(
      CommonFinding finding, List<String> towns, FindingRevision revision) {
    return new FindingRevised(finding.id(), towns, revision.number(), revision.at());
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
