package eu.cohesion.initiative.rest;

import static eu.cohesion.initiative.domain.InitiativeAction.CLOSE_REVIEW_ROUND;
import static eu.cohesion.initiative.domain.InitiativeAction.SUBMIT_REVIEW;

import eu.cohesion.initiative.domain.EligibleReviewer;
import eu.cohesion.initiative.domain.InitiativeAction;
import eu.cohesion.initiative.domain.InitiativePermissions;
import eu.cohesion.initiative.domain.Pillar;
import eu.cohesion.initiative.domain.ReviewResults;
import eu.cohesion.initiative.domain.ReviewRound;
import eu.cohesion.initiative.domain.ReviewRoundStatus;
import eu.cohesion.initiative.service.ReviewRoundView;
import eu.cohesion.kit.security.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewRoundDetail",
    description = "A review round: quorum progress, results once closed, the caller's own review")
public record ReviewRoundDetail(
    UUID id,
    UUID initiativeId,
    UUID panelId,
    @Schema(examples = "mechelen") String city,
    ReviewRoundStatus status,
    @Schema(description = "ISO-8601 UTC") Instant openedAt,
    @Schema(description = "Planned closing time, ISO-8601 UTC") Instant closesAt,
    @Schema(nullable = true, description = "ISO-8601 UTC; null while open") Instant closedAt,
    @Schema(description = "Eligible reviewers: the panel's active members with a login at opening")
        int eligible,
    @Schema(description = "Reviews submitted so far") int submitted,
    Quorum quorum,
    @Schema(description = "Eligible and reviewed per pillar present on the panel")
        List<PillarCount> pillars,
    @Schema(nullable = true, description = "Only once closed") ReviewResults results,
    @Schema(nullable = true, description = "The caller's own review, if any") ReviewDetail myReview,
    @Schema(description = "Send it back in If-Match to close the round; also the ETag")
        long version,
    @Schema(description = "What the caller may do with this round")
        List<InitiativeAction> allowedActions) {

  @Schema(name = "ReviewQuorum", description = "How far the round is from its quorum")
  public record Quorum(
      @Schema(description = "Reviews needed") int required,
      boolean met,
      @Schema(description = "Pillars present on the panel that no reviewer spoke for yet")
          List<Pillar> missingPillars,
      @Schema(description = "What is missing, in words") List<String> missing) {}

  @Schema(name = "ReviewPillarCount")
  public record PillarCount(Pillar pillar, int eligible, int reviewed) {}

  static ReviewRoundDetail of(ReviewRoundView view, Actor actor) {
    ReviewRound round = view.round();
    var progress = view.progress();
    List<PillarCount> pillars = new ArrayList<>();
    for (Pillar pillar : Pillar.values()) {
      long eligible =
          round.eligible().stream().map(EligibleReviewer::pillar).filter(pillar::equals).count();
      if (eligible > 0) {
        long reviewed = view.reviewedByPillar().getOrDefault(pillar, 0L);
        pillars.add(new PillarCount(pillar, (int) eligible, (int) reviewed));
      }
    }
    return new ReviewRoundDetail(
        round.id(),
        round.initiativeId(),
        round.panelId(),
        round.cityCode(),
        round.status(),
        round.openedAt(),
        round.closesAt(),
        round.closedAt(),
        progress.eligible(),
        progress.submitted(),
        new Quorum(
            progress.required(), progress.met(), progress.missingPillars(), progress.missing()),
        pillars,
        view.results(),
        view.mine() == null ? null : ReviewDetail.of(view.mine()),
        round.version(),
        allowedActions(view, actor));
  }

  private static List<InitiativeAction> allowedActions(ReviewRoundView view, Actor actor) {
    if (!view.round().isOpen()) {
      return List.of();
    }
    List<InitiativeAction> allowed =
        new ArrayList<>(
            InitiativePermissions.TABLE.allowedFor(
                actor, view.round().cityCode(), CLOSE_REVIEW_ROUND));
    if (view.eligibleCaller()) {
      allowed.addAll(
          InitiativePermissions.TABLE.allowedFor(actor, view.round().cityCode(), SUBMIT_REVIEW));
    }
    return List.copyOf(allowed);
  }
}
