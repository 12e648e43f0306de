package eu.cohesion.panel.rest;

import eu.cohesion.kit.security.Actor;
import eu.cohesion.panel.domain.DrawFailure;
import eu.cohesion.panel.domain.DrawStatus;
import eu.cohesion.panel.domain.PanelAction;
import eu.cohesion.panel.domain.PanelPermissions;
import eu.cohesion.panel.domain.PoolCandidate;
import eu.cohesion.panel.domain.SortitionDraw;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Draw",
    description =
        "A draw of a candidate pool: status, progress while it runs, its audit (seed, inputs"
            + " digest, algorithm version) and, once done, every candidate's selection probability")
public record DrawView(
    UUID id,
    UUID panelId,
    DrawStatus status,
    @Schema(
            nullable = true,
            description = "queued, feasibility, unreachable, leximin, distribution, done, failed")
        String phase,
    int progressDone,
    int progressTotal,
    @Schema(
            description = "The seed the panel was sampled with, as decimal text (64-bit)",
            examples = "-4242424242424242")
        String seed,
    @Schema(description = "Whether the coordinator chose the seed") boolean seedGiven,
    @Schema(description = "SHA-256 of the canonical inputs (docs/sortition.md)")
        String inputsDigest,
    @Schema(nullable = true) String algorithmVersion,
    long poolVersion,
    int seats,
    int candidateCount,
    @Schema(description = "Every candidate's selection probability; empty until done")
        List<DrawCandidate> candidates,
    @Schema(description = "Candidate ids of the sampled panel") List<UUID> selected,
    @Schema(nullable = true) FailureView failure,
    Instant requestedAt,
    @Schema(nullable = true) Instant finishedAt,
    @Schema(nullable = true) Instant decidedAt,
    @Schema(description = "Also the ETag; confirm and discard name it in If-Match") long version,
    List<PanelAction> allowedActions) {

  @Schema(name = "DrawCandidate")
  public record DrawCandidate(
      UUID candidateId,
      @Schema(nullable = true, description = "Null in the public audit, or once removed")
          String displayName,
      @Schema(nullable = true, description = "Feature → value; null in the public audit")
          Map<String, String> features,
      double probability,
      boolean selected) {}

  @Schema(name = "DrawFailure")
  public record FailureView(String code, String message, List<QuotaBody> conflicting) {

    static FailureView of(DrawFailure f) {
      return f == null
          ? null
          : new FailureView(
              f.code(),
              f.message(),
              f.conflicting() == null
                  ? List.of()
                  : f.conflicting().stream().map(QuotaBody::of).toList());
    }
  }

  /** The draw for those who manage the pool: candidates named. */
  static DrawView of(SortitionDraw draw, Map<String, PoolCandidate> candidates, Actor actor) {
    return view(draw, candidates, actor, true);
  }

  /** The published audit: ids and probabilities only. */
  static DrawView audit(SortitionDraw draw, Actor actor) {
    return view(draw, Map.of(), actor, false);
  }

  private static DrawView view(
      SortitionDraw draw, Map<String, PoolCandidate> candidates, Actor actor, boolean named) {
    Set<UUID> selected = new HashSet<>(draw.selected());
    List<DrawCandidate> rows = new ArrayList<>();
    draw.probabilities()
        .forEach(
            (id, p) -> {
              PoolCandidate c = named ? candidates.get(id) : null;
              UUID candidateId = UUID.fromString(id);
              rows.add(
                  new DrawCandidate(
                      candidateId,
                      c == null ? null : c.displayName(),
                      c == null ? null : c.features(),
                      p,
                      selected.contains(candidateId)));
            });
    // CONFIRM_DRAW covers confirm and discard; the web app offers confirm only on a DONE draw.
    List<PanelAction> allowed =
        draw.status() == DrawStatus.DONE || draw.status() == DrawStatus.FAILED
            ? PanelPermissions.TABLE.allowedFor(actor, draw.cityCode(), PanelAction.CONFIRM_DRAW)
            : List.of();
    return new DrawView(
        draw.id(),
        draw.panelId(),
        draw.status(),
        draw.phase(),
        draw.progressDone(),
        draw.progressTotal(),
        Long.toString(draw.seed()),
        draw.seedGiven(),
        draw.inputsDigest(),
        draw.algorithmVersion(),
        draw.poolVersion(),
        draw.seats(),
        draw.candidateCount(),
        rows,
        draw.selected(),
        FailureView.of(draw.failure()),
        draw.requestedAt(),
        draw.finishedAt(),
        draw.decidedAt(),
        draw.version(),
        allowed);
  }
}
