package eu.cohesion.practice.service.finding;

import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_FINDINGS;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_PUBLISHED_FINDINGS;

import eu.cohesion.kit.paging.Filter;
import eu.cohesion.kit.paging.ResultPage;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticeAction;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.EvidenceCheck;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Reads findings: published ones for everybody; drafts and withdrawn ones for the network admin and
 * for the coordinator of the town that proposed them.
 */
@ApplicationScoped
public class FindingCatalogue {

  private final FindingRepository findings;
  private final PublishedEvidence evidence;

  FindingCatalogue(FindingRepository findings, PublishedEvidence evidence) {
    this.findings = findings;
    this.evidence = evidence;
  }

  /** Published ones of every proposer by default; any other status as for practices' drafts. */
  public ResultPage<CommonFinding> list(Actor actor, PublicationQuery query) {
    String city =
        query.status() == PublicationStatus.PUBLISHED
            ? query.city()
            : PracticePermissions.TABLE.townToList(
                VIEW_DRAFT_FINDINGS,
                actor,
                query.city(),
                "see the " + query.status().name().toLowerCase() + " findings");
    return Filter.of(query.paging())
        .and("status = :status", "status", query.status())
        .and("cityCode = :city", "city", city)
        .page(findings, query.paging())
        .in(city);
  }

  /** A finding the caller may not see is, to them, one that does not exist. */
  public CommonFinding get(Actor actor, UUID id) {
    CommonFinding finding =
        findings
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("finding", id));
    if (!PracticePermissions.TABLE.allows(viewing(finding.status()), actor, finding.cityCode())) {
      throw new ResourceNotFoundException("finding", id);
    }
    return finding;
  }

  /** The evidence rule as the finding's citations stand now. */
  public EvidenceCheck evidence(CommonFinding finding) {
    return finding.evidenceCheck(evidence);
  }

  private static PracticeAction viewing(PublicationStatus status) {
    return status == PublicationStatus.PUBLISHED ? VIEW_PUBLISHED_FINDINGS : VIEW_DRAFT_FINDINGS;
  }
}
