package eu.cohesion.initiative.service;

import eu.cohesion.initiative.domain.Pillar;
import eu.cohesion.initiative.domain.Review;
import eu.cohesion.initiative.domain.ReviewQuorum;
import eu.cohesion.initiative.domain.ReviewResults;
import eu.cohesion.initiative.domain.ReviewRound;
import java.util.Map;

/**
 * A round with what the caller may see of it: its quorum progress, its results once closed (never
 * while open, so that early reviews do not sway later ones), and the caller's own review.
 *
 * @param results {@code null} while the round is open
 * @param reviewedByPillar how many reviews each pillar gave so far
 * @param mine the caller's own review, {@code null} if none
 * @param eligibleCaller whether the caller is one of the round's eligible reviewers
 */
public record ReviewRoundView(
    ReviewRound round,
    ReviewQuorum.Progress progress,
    ReviewResults results,
    Map<Pillar, Long> reviewedByPillar,
    Review mine,
    boolean eligibleCaller) {}
