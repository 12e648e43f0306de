package eu.cohesion.practice.service.finding;

import static eu.cohesion.practice.domain.PracticeAction.ENDORSE_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.PUBLISH_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.VIEW_DRAFT_RECOMMENDATIONS;
import static eu.cohesion.practice.domain.PracticeAction.WITHDRAW_RECOMMENDATION;
import static eu.cohesion.practice.domain.PracticeAction.WRITE_RECOMMENDATION;

import eu.cohesion.kit.audit.AdminAudit;
import eu.cohesion.kit.change.ChangeGate;
import eu.cohesion.kit.events.PublishedEvent;
import eu.cohesion.kit.problem.ResourceNotFoundException;
import eu.cohesion.kit.security.Actor;
import eu.cohesion.practice.domain.PracticePermissions;
import eu.cohesion.practice.domain.finding.CommonFinding;
import eu.cohesion.practice.domain.finding.PublicationStatus;
import eu.cohesion.practice.domain.finding.Recommendation;
import eu.cohesion.practice.domain.finding.RecommendationContent;
import eu.cohesion.practice.domain.finding.RecommendationText;
import eu.cohesion.practice.events.RecommendationEndorsed;
import eu.cohesion.practice.events.RecommendationPublished;
import eu.cohesion.practice.events.RecommendationWithdrawn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Writes recommendations like findings (drafted by the network admin or proposed by a coordinator,
 * published and withdrawn by the network admin) and records towns' endorsements. Each change and
 * its event commit together.
 */
@ApplicationScoped
public class RecommendationWriting {

  private final RecommendationRepository recommendations;
  private final FindingRepository findings;
  private final EndorsementRepository endorsements;
  private final ChangeGate gate;
  private final AdminAudit audit;

  RecommendationWriting(
      RecommendationRepository recommendations,
      FindingRepository findings,
      EndorsementRepository endorsements,
      ChangeGate gate,
      AdminAudit audit) {
    this.recommendations = recommendations;
    this.findings = findings;
    this.endorsements = endorsements;
    this.gate = gate;
    this.audit = audit;
  }

  @Transactional
  public Recommendation draft(Actor actor, RecommendationContent content) {
    Authorship author = Authorship.of(actor);
    PracticePermissions.TABLE.require(
        WRITE_RECOMMENDATION,
        actor,
        author.town(),
        "you may not propose recommendations for that town");
    Instant now = gate.now();
    Recommendation recommendation = Recommendation.draft(content, author.town(), now);
    recommendations.persist(recommendation);
    gate.created(actor, WRITE_RECOMMENDATION, "recommendation", recommendation, now, List.of());
    return recommendation;
  }

  /** Refused: 404, 403, 428, 412, 422 (withdrawn; published and no longer backed). */
  @Transactional
  public Recommendation revise(
      Actor actor, UUID id, Long expectedVersion, RecommendationContent content) {
    return change(
        actor,
        id,
        expectedVersion,
        (recommendation, now) -> {
          recommendation.revise(content, this::findingStatus, now);
          return List.of();
        });
  }

  @Transactional
  public Recommendation translate(
      Actor actor, UUID id, Long expectedVersion, String language, RecommendationText text) {
    Authorship author = Authorship.of(actor);
    return change(
        actor,
        id,
        expectedVersion,
        (recommendation, now) -> {
          recommendation.translate(language, text, author.role(), author.town(), now);
          return List.of();
        });
  }

  @Transactional
  public Recommendation removeTranslation(
      Actor actor, UUID id, Long expectedVersion, String language) {
    return change(
        actor,
        id,
        expectedVersion,
        (recommendation, now) -> {
          if (!recommendation.removeTranslation(language, now)) {
            throw new ResourceNotFoundException("translation", id + "/" + language);
          }
          return List.of();
        });
  }

  /** 422 unless a draft backed by published findings only, at least one. */
  @Transactional
  public Recommendation publish(Actor actor, UUID id, Long expectedVersion) {
    return gate.load("recommendation", id, recommendations.findByIdOptional(id))
        .permit(PracticePermissions.TABLE, PUBLISH_RECOMMENDATION, actor, "publish recommendations")
        .ifMatch(expectedVersion)
        .apply(
            (recommendation, now) -> {
              recommendation.publish(this::findingStatus, now);
              return List.of(RecommendationPublished.of(recommendation));
            });
  }

  @Transactional
  public Recommendation withdraw(Actor actor, UUID id, Long expectedVersion, String reason) {
    return gate.load("recommendation", id, recommendations.findByIdOptional(id))
        .permit(
            PracticePermissions.TABLE, WITHDRAW_RECOMMENDATION, actor, "withdraw recommendations")
        .ifMatch(expectedVersion)
        .apply(
            (recommendation, now) -> {
              recommendation.withdraw(reason, now);
              return List.of(RecommendationWithdrawn.of(recommendation));
            });
  }

  /**
   * The coordinator of {@code town} endorses for it: 404 for a recommendation the caller cannot
   * see, 403 for another town, 422 unless published. Endorsing again changes nothing.
   *
   * @return whether the town endorses it now for the first time
   */
  @Transactional
  public boolean endorse(Actor actor, UUID id, String town) {
    Recommendation recommendation = visible(actor, id);
    requireOwnTown(actor, town);
    if (endorsements.of(id, town).isPresent()) {
      return false;
    }
    Instant now = gate.now();
    endorsements.persist(recommendation.endorseFor(town, now));
    gate.announce(now, RecommendationEndorsed.of(id, town, true, now));
    auditEndorsement(actor, recommendation, town, now);
    return true;
  }

  /** Withdraws the town's endorsement; nothing to withdraw changes nothing. */
  @Transactional
  public void withdrawEndorsement(Actor actor, UUID id, String town) {
    Recommendation recommendation = visible(actor, id);
    requireOwnTown(actor, town);
    endorsements
        .of(id, town)
        .ifPresent(
            endorsement -> {
              Instant now = gate.now();
              endorsements.delete(endorsement);
              gate.announce(now, RecommendationEndorsed.of(id, town, false, now));
              auditEndorsement(actor, recommendation, town, now);
            });
  }

  /**
   * An endorsement is the town's own, apart from the recommendation's version (no gate), so its
   * audit row is written here, under the recommendation and the endorsing town.
   */
  private void auditEndorsement(
      Actor actor, Recommendation recommendation, String town, Instant at) {
    audit.record(
        actor,
        ENDORSE_RECOMMENDATION,
        "recommendation",
        recommendation.id(),
        town,
        recommendation.version(),
        at);
  }

  private Recommendation visible(Actor actor, UUID id) {
    Recommendation recommendation =
        recommendations
            .findByIdOptional(id)
            .orElseThrow(() -> new ResourceNotFoundException("recommendation", id));
    if (!recommendation.isPublished()
        && !PracticePermissions.TABLE.allows(
            VIEW_DRAFT_RECOMMENDATIONS, actor, recommendation.cityCode())) {
      throw new ResourceNotFoundException("recommendation", id);
    }
    return recommendation;
  }

  private static void requireOwnTown(Actor actor, String town) {
    PracticePermissions.TABLE.require(
        ENDORSE_RECOMMENDATION,
        actor,
        town,
        "a town's coordinator endorses for its own town only, not for " + town);
  }

  private Optional<PublicationStatus> findingStatus(UUID findingId) {
    return findings.findByIdOptional(findingId).map(CommonFinding::status);
  }

  private Recommendation change(
      Actor actor,
      UUID id,
      Long expectedVersion,
      BiFunction<Recommendation, Instant, List<? extends PublishedEvent>> edit) {
    ChangeGate.Change<Recommendation> change =
        gate.load("recommendation", id, recommendations.findByIdOptional(id));
    Recommendation recommendation = change.admitted();
    PracticePermissions.TABLE.require(
        recommendation.editAction(),
        actor,
        recommendation.cityCode(),
        "you may not change this "
            + recommendation.status().name().toLowerCase()
            + " recommendation");
    return change.ifMatch(expectedVersion).apply(edit);
  }
}
