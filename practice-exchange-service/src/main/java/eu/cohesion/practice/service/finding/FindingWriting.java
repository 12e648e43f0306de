package eu.cohesion.practice.service.finding;

import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_FINDING;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_FINDING;

import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.FindingContent;
import eu.cohesion.practice.domain.finding.FindingRevision;
import eu.cohesion.practice.domain.finding.FindingText;
import eu.cohesion.practice.events.FindingPublished;
import eu.cohesion.practice.events.FindingRevised;
import eu.cohesion.practice.events.FindingWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Writes common findings: the network admin or a town's coordinator (for its own town) drafts; the
 * proposer's town and the network admin edit a draft; the network admin alone publishes, revises a
 * published finding and withdraws it. Each change and its event on {@code practice-events} commit
 * together; drafts announce nothing.
 */
@ApplicationScoped
public class FindingWriting {

  private final FindingRepository findings;
  private final PublishedEvidence evidence;
  private final ChangeGate gate;

  FindingWriting(FindingRepository findings, PublishedEvidence evidence, ChangeGate gate) {
    this.findings = findings;
    this.evidence = evidence;
    this.gate = gate;
  }

  /** 403 for a coordinator without a town or anyone the table refuses; 422 for bad vocabulary. */
  @Transactional
  public CommonFinding draft(Actor actor, FindingContent content) {
    Authorship author = Authorship.of(actor);
    PracticePermissions.TABLE.require(
        WRITE_FINDING, actor, author.town(), "you may not propose findings for that town");
    Instant now = gate.now();
    CommonFinding finding = CommonFinding.draft(content, author.town(), now);
    findings.persist(finding);
    gate.created(actor, WRITE_FINDING, "finding", finding, now, List.of());
    return finding;
  }

  /**
   * Replaces the content. Refused, in this order: 404, 403 (a draft: EDIT_FINDING in the proposer's
   * town; published: REVISE_FINDING), 428, 412, 422 (withdrawn, or a published finding whose new
   * evidence fails the rule). An edit of a published finding that changes its text or evidence is a
   * revision, announced as {@code eu.cohesion.finding.revised}.
   */
  @Transactional
  public CommonFinding revise(Actor actor, UUID id, Long expectedVersion, FindingContent content) {
    return change(
        actor,
        id,
        expectedVersion,
        (finding, now) -> {
          List<PublishedEvent> events = new ArrayList<>();
          finding
              .revise(content, evidence, Authorship.of(actor).role(), now)
              .ifPresent(revision -> events.add(revised(finding, revision)));
          return events;
        });
  }

  /** Refused like {@link #revise}; 422 for the original language or an empty translation. */
  @Transactional
  public CommonFinding translate(
      Actor actor, UUID id, Long expectedVersion, String language, FindingText text) {
    Authorship author = Authorship.of(actor);
    return change(
        actor,
        id,
        expectedVersion,
        (finding, now) -> {
          finding.translate(language, text, author.role(), author.town(), now);
          return List.of();
        });
  }

  /** 404 also when there is no translation into that language. */
  @Transactional
  public CommonFinding removeTranslation(
      Actor actor, UUID id, Long expectedVersion, String language) {
    return change(
        actor,
        id,
        expectedVersion,
        (finding, now) -> {
          if (!finding.removeTranslation(language, now)) {
            throw new ResourceNotFoundException("translation", id + "/" + language);
          }
          return List.of();
        });
  }

  /**
   * Refused: 404, 403, 428, 412, 422 (not a draft: illegal-transition; evidence short of two towns
   * or citing what is unknown or unpublished: insufficient-evidence).
   */
  @Transactional
  public CommonFinding publish(Actor actor, UUID id, Long expectedVersion) {
    return gate.load("finding", id, findings.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, PUBLISH_FINDING, actor, "publish findings")
        .ifMatch(expectedVersion)
        .apply(
            (finding, now) -> {
              FindingRevision revision =
                  finding.publish(evidence, Authorship.of(actor).role(), now);
              return List.of(
                  FindingPublished.of(finding, finding.evidenceCheck(evidence).towns(), revision));
            });
  }

  @Transactional
  public CommonFinding withdraw(Actor actor, UUID id, Long expectedVersion, String reason) {
    return gate.load("finding", id, findings.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, WITHDRAW_FINDING, actor, "withdraw findings")
        .ifMatch(expectedVersion)
        .apply(
            (finding, now) -> {
              finding.withdraw(reason, now);
              return List.of(FindingWithdrawn.of(finding));
            });
  }

  private FindingRevised revised(CommonFinding finding, FindingRevision revision) {
    return FindingRevised.of(finding, finding.evidenceCheck(evidence).towns(), revision);
  }

  /** The permission an edit needs depends on the finding's status: checked once it is loaded. */
  private CommonFinding change(
      Actor actor,
      UUID id,
      Long expectedVersion,
      BiFunction<CommonFinding, Instant, List<? extends PublishedEvent>> edit) {
    ChangeGate.Change<CommonFinding> change =
        gate.load("finding", id, findings.findByIdOptional(id));
    CommonFinding finding = change.admitted();
    PracticePermissions.TABLE.require(
        finding.editAction(),
        actor,
        finding.cityCode(),
        "you may not change this " + finding.status().name().toLowerCase() + " finding");
    return change.ifMatch(expectedVersion).apply(edit);
  }
}
